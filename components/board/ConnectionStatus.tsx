"use client";
import { useTranslations } from "next-intl";
import type { ConnectionStatus as Status } from "@/lib/client/use-room-connection";

/** A coloured dot and a word; `data-status` is what browser tests wait for. */
export function ConnectionStatus({ status }: { status: Status }) {
  const t = useTranslations("room.status");
  return (
    <div
      className={`connection-status connection-status--${status}`}
      data-testid="connection-status"
      data-status={status}
      role="status"
      aria-live="polite"
      title={t(status)}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      <span className="connection-status__text">
        <span className="visually-hidden">{t("label")}: </span>
        {status === "offline" ? t("offline").split(":")[0] : t(status)}
      </span>
    </div>
  );
}
