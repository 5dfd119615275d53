/** A course session as the timeline shows it: its title linking to its page, kind and start. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CourseSessionView } from "./types";

export function SessionSummary({ cohortId, session }: { cohortId: string; session: CourseSessionView }) {
  const t = useTranslations("session");
  return (
    <div className="timeline__body">
      <Link className="timeline__title" href={`/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(session.id)}`}>
        {session.title}
      </Link>
      <span className="timeline__meta">
        <span className={`badge badge--${session.kind}`}>{t(`kinds.${session.kind}`)}</span>
        {session.startsAtText ?? t("noDate")}
      </span>
    </div>
  );
}
