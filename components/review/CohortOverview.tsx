"use client";
/**
 * The cohort overview's live part: the server renders the first figures, then this polls the
 * overview route every 10 seconds (while the tab is visible), so counts, charts and thumbnails
 * follow the groups' work without a reload.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useCallback } from "react";
import { usePolledJson } from "@/lib/client/use-polled-json";
import type { CohortOverviewView } from "@/lib/shared/review/cohort-overview";
import { GroupOverviewCard } from "./GroupOverviewCard";
import styles from "./overview.module.css";

const REFRESH_MS = 10_000;

export function CohortOverview({
  initial,
  timeZone,
}: {
  initial: CohortOverviewView;
  timeZone: string;
}) {
  const t = useTranslations("overview");
  const format = useFormatter();
  const url = `/api/cohorts/${encodeURIComponent(initial.cohortId)}/overview`;
  const { data: overview, fetchedAt, isStale } = usePolledJson(url, initial, REFRESH_MS);

  const formatTime = useCallback(
    (iso: string | null) =>
      iso
        ? format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit", timeZone })
        : t("never"),
    [format, t, timeZone],
  );
  const clock = formatTime(fetchedAt.toISOString());
  const chartCaption = overview.window.sessionTitle
    ? t("chartSession", { session: overview.window.sessionTitle })
    : t("chartRecent");

  return (
    <>
      <p className={styles.status} role="status">
        {isStale ? t("stale", { time: clock }) : t("updatedAt", { time: clock })}
      </p>
      {overview.groups.length === 0 ? (
        <p className="empty-note">{t("noGroups")}</p>
      ) : (
        <ul className={styles.grid}>
          {overview.groups.map((group) => (
            <GroupOverviewCard
              key={group.groupId}
              group={group}
              chartCaption={chartCaption}
              formatTime={formatTime}
            />
          ))}
        </ul>
      )}
    </>
  );
}
