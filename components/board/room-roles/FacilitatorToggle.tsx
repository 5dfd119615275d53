"use client";
import { useTranslations } from "next-intl";
import type { RoomFacilitators } from "@/lib/client/use-room-facilitators";
import styles from "./room-roles.module.css";

/** A trainer's button beside a participant: make them facilitator of this room, or take it back. */
export function FacilitatorToggle({ userId, name, roles }: { userId: string; name: string; roles: RoomFacilitators }) {
  const t = useTranslations("roomRoles");
  const isFacilitator = roles.appointed[userId] === true;
  return (
    <span className={styles.toggle}>
      <button
        type="button"
        className={styles.button}
        data-testid={`make-facilitator-${userId}`}
        aria-pressed={isFacilitator}
        aria-label={isFacilitator ? t("removeLabel", { name }) : t("makeLabel", { name })}
        disabled={roles.pending === userId}
        onClick={() => void roles.setFacilitator(userId, !isFacilitator)}
      >
        {isFacilitator ? t("remove") : t("make")}
      </button>
      {roles.failed === userId && (
        <span className={styles.error} role="status">
          {t("failed")}
        </span>
      )}
    </span>
  );
}

/** The small "facilitator" label next to a name. */
export function FacilitatorBadge() {
  const t = useTranslations("roomRoles");
  return (
    <span className={styles.badge} data-testid="facilitator-badge">
      {t("badge")}
    </span>
  );
}
