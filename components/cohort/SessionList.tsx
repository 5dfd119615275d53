/** The cohort's sessions, read-only (what a participant sees), each linking to its session page. */
import { useTranslations } from "next-intl";
import { SessionSummary } from "./SessionSummary";
import type { CourseSessionView } from "./types";

export function SessionList({ cohortId, sessions }: { cohortId: string; sessions: CourseSessionView[] }) {
  const t = useTranslations("session");
  if (sessions.length === 0) return <p className="empty-note">{t("none")}</p>;
  return (
    <ol className="timeline">
      {sessions.map((session, index) => (
        <li key={session.id} className={`timeline__item timeline__item--${session.kind}`} data-testid={`session-${session.id}`}>
          <span className="timeline__number" aria-hidden="true">{index + 1}</span>
          <SessionSummary cohortId={cohortId} session={session} />
        </li>
      ))}
    </ol>
  );
}
