/**
 * One group's card on the cohort overview: people, per stage the figures (and a thumbnail),
 * the activity chart and the link to the read-only review of the room.
 */
import { useLocale, useTranslations } from "next-intl";
import type { GroupOverview } from "@/lib/shared/review/cohort-overview";
import { STAGES } from "@/lib/shared/stages";
import { ActivityChart } from "./ActivityChart";
import styles from "./overview.module.css";

export function GroupOverviewCard({
  group,
  chartCaption,
  formatTime,
}: {
  group: GroupOverview;
  chartCaption: string;
  formatTime: (iso: string | null) => string;
}) {
  const t = useTranslations("overview");
  const locale = useLocale();
  const roomPath = `/rooms/${encodeURIComponent(group.roomId)}`;
  return (
    <li className={styles.card} data-testid={`overview-group-${group.groupId}`}>
      <div className={styles.cardHead}>
        <h2 className={styles.groupName}>{group.name}</h2>
        <span className={styles.meta} data-testid="overview-people">
          {t("people", { count: group.people })}
        </span>
        <span className={styles.meta}>
          {t("lastActivity")}: {formatTime(group.lastActivityAt)}
        </span>
        <span
          className={group.unresolvedComments > 0 ? styles.unresolved : styles.meta}
          data-testid="overview-unresolved"
          data-count={group.unresolvedComments}
        >
          {t("unresolved", { count: group.unresolvedComments })}
        </span>
        <a
          className="button button--primary button--small"
          href={`${roomPath}/review`}
          aria-label={t("reviewLabel", { group: group.name })}
          data-testid="overview-review"
        >
          {t("review")}
        </a>
      </div>
      <ol className={styles.stages} aria-label={t("stagesLabel", { group: group.name })}>
        {group.stages.map((figures) => {
          const stage = STAGES.find((candidate) => candidate.id === figures.stageId)!;
          const stageName = locale === "en" ? stage.en : stage.nl;
          return (
            <li
              key={figures.stageId}
              className={styles.stage}
              data-testid={`overview-stage-${figures.stageId}`}
            >
              <h3 className={styles.stageName}>{stageName}</h3>
              {/* Cache-busted by the stage's last change, so it redraws while people work. A plain
                  img: next/image would not optimise an uncached, access-checked SVG anyway. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                className={styles.thumbnail}
                src={`/api${roomPath}/stages/${figures.stageId}/thumbnail.svg?v=${encodeURIComponent(figures.lastActivityAt ?? "0")}`}
                alt={t("thumbnailAlt", { stage: stageName, group: group.name })}
                width={160}
                height={120}
                loading="lazy"
                data-testid="overview-thumbnail"
              />
              <dl className={styles.figures}>
                <dt>{t("notes")}</dt>
                <dd data-testid="overview-notes">{figures.notes}</dd>
                <dt>{t("votes")}</dt>
                <dd data-testid="overview-votes">{figures.votes}</dd>
                <dt>{t("contributors")}</dt>
                <dd data-testid="overview-contributors">{figures.contributors}</dd>
                <dt>{t("changedAt")}</dt>
                <dd>{formatTime(figures.lastActivityAt)}</dd>
              </dl>
            </li>
          );
        })}
      </ol>
      <ActivityChart
        groupName={group.name}
        buckets={group.activity}
        caption={chartCaption}
        formatTime={formatTime}
      />
    </li>
  );
}
