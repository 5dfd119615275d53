import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionActionPlans } from "@/components/actions/SessionActionPlans";
import { SessionRooms } from "@/components/cohort/SessionRooms";
import { actionToday } from "@/lib/server/actions/action-today";
import { listCohortActionPlans } from "@/lib/server/actions/list-cohort-action-plans";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { listSessionRooms } from "@/lib/server/cohorts/list-session-rooms";
import { toSessionViews } from "../../../cohort-views";
import { EvaluationSection } from "./evaluation-section";
import { loadCohortAccess } from "../../../load-cohort-access";

export const dynamic = "force-dynamic";

type Params = { cohortId: string; sessionId: string };

/** A course session: the groups' rooms and how many people are in each right now. */
export default async function CourseSessionPage({ params }: { params: Promise<Params> }) {
  const { cohortId, sessionId } = await params;
  const { user, role } = await loadCohortAccess(cohortId, `/cohorts/${cohortId}/sessions/${sessionId}`);
  const [overview, format, t, tc] = await Promise.all([
    getCohortOverview(cohortId),
    getFormatter(),
    getTranslations("session"),
    getTranslations("cohort"),
  ]);
  const sessions = toSessionViews(format, overview.sessions);
  const index = sessions.findIndex((candidate) => candidate.id === sessionId);
  const session = sessions[index];
  if (!session) notFound();
  const rooms = await listSessionRooms(cohortId, sessionId, { userId: user.id, role });
  const today = actionToday();
  const actionPlans = await listCohortActionPlans(cohortId, { userId: user.id, role }, today);
  const cohortPath = `/cohorts/${encodeURIComponent(cohortId)}`;

  return (
    <main className="page" data-testid="session-page">
      <p className="breadcrumb">
        <Link href={cohortPath} data-testid="back-to-cohort">← {tc("backToCohort", { cohort: overview.cohort.name })}</Link>
      </p>
      <div className="page__head">
        <p className="page__eyebrow">
          <span className={`badge badge--${session.kind}`}>{t(`kinds.${session.kind}`)}</span>{" "}
          {t("position", { number: index + 1, total: sessions.length })}
        </p>
        <h1>{session.title}</h1>
        <p className="page__intro">{session.startsAtText ?? t("noDate")}</p>
      </div>
      <section className="panel" aria-labelledby="rooms-title">
        <h2 id="rooms-title" className="panel__title">{t("roomsHeading")}</h2>
        <p className="panel__intro">{t("roomsIntro")}</p>
        <SessionRooms roomsUrl={`/api${cohortPath}/sessions/${encodeURIComponent(sessionId)}/rooms`} initialRooms={rooms} />
      </section>
      <SessionActionPlans plans={actionPlans} today={today} />
      <EvaluationSection user={user} cohortId={cohortId} sessionId={sessionId} />
    </main>
  );
}
