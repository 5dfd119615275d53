/** A participant's view of their cohort: the way into their group's room, and the sessions. */
import { useTranslations } from "next-intl";
import { SessionList } from "./SessionList";
import type { CourseSessionView } from "./types";

interface ParticipantCohortViewProps {
  cohortId: string;
  displayName: string;
  group: { id: string; name: string; roomId: string } | null;
  sessions: CourseSessionView[];
}

export function ParticipantCohortView({ cohortId, displayName, group, sessions }: ParticipantCohortViewProps) {
  const t = useTranslations("cohort");
  return (
    <div className="cohort-columns cohort-columns--participant">
      <section className="panel" aria-labelledby="my-group-title">
        <h2 id="my-group-title" className="panel__title">{t("myGroup")}</h2>
        <p>{t("welcome", { name: displayName })}</p>
        {group ? (
          <div className="group-card" data-testid={`group-${group.id}`}>
            <div className="group-card__head">
              <span className="group-card__name">{group.name}</span>
            </div>
            <a className="button button--primary" href={`/rooms/${encodeURIComponent(group.roomId)}`} data-testid={`open-room-${group.id}`}>
              {t("openMyRoom")}
            </a>
          </div>
        ) : (
          <p className="notice" role="status" data-testid="waiting-for-group">{t("waitingForGroup")}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="my-sessions-title">
        <h2 id="my-sessions-title" className="panel__title">{t("sessions")}</h2>
        <SessionList cohortId={cohortId} sessions={sessions} />
      </section>
    </div>
  );
}
