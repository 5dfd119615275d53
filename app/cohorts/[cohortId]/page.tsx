import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { toString as toQrSvg } from "qrcode";
import { CohortActionSummary } from "@/components/actions/CohortActionSummary";
import { CohortDetailsForm } from "@/components/cohort/CohortDetailsForm";
import { ParticipantCohortView } from "@/components/cohort/ParticipantCohortView";
import { OpenEvaluations } from "@/components/evaluation/OpenEvaluations";
import { TrainerCohortView } from "@/components/cohort/TrainerCohortView";
import { PeerReviewLinks } from "@/components/peer-review/PeerReviewLinks";
import { PeerReviewPanel } from "@/components/peer-review/PeerReviewPanel";
import { ProcessOverviewLink } from "@/components/process/ProcessOverviewLink";
import { isAdmin } from "@/lib/server/access/is-admin";
import { actionToday } from "@/lib/server/actions/action-today";
import { listCohortActionPlans } from "@/lib/server/actions/list-cohort-action-plans";
import { getCohortOverview, type CohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { listOpenQuestionnaires } from "@/lib/server/evaluation/list-open-questionnaires";
import { pageOrigin } from "@/lib/server/http/public-origin";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import { evaluationAnswerPath } from "@/lib/shared/evaluation/paths";
import { toCohortDetailsView, toSessionViews } from "../cohort-views";
import { loadCohortAccess } from "../load-cohort-access";

export const dynamic = "force-dynamic";

async function joinCodeView(code: string | null) {
  if (!code) return { code: null, joinUrl: null, qrSvg: null };
  const joinUrl = `${await pageOrigin()}/join/${encodeURIComponent(code)}`;
  const qrSvg = await toQrSvg(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { code, joinUrl, qrSvg };
}

/** Only the owner or an admin removes co-trainers. */
async function canRemoveTrainers(userId: string, overview: CohortOverview) {
  const isOwner = overview.trainers.some((trainer) => trainer.userId === userId && trainer.role === "owner");
  return isOwner || (await isAdmin(userId));
}

/** A cohort: everything for its trainers; for a participant, their group's room and the sessions. */
export default async function CohortPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const { user, role } = await loadCohortAccess(cohortId, `/cohorts/${cohortId}`);
  const [overview, format, peerReviews] = await Promise.all([
    getCohortOverview(cohortId),
    getFormatter(),
    listPeerReviews(user, cohortId),
  ]);
  const details = toCohortDetailsView(format, overview.cohort);
  const sessions = toSessionViews(format, overview.sessions);
  const meta = [details.organisation, details.periodText].filter(Boolean).join(" · ");

  if (role === "participant") {
    const me = overview.participants.find((participant) => participant.userId === user.id);
    const group = overview.groups.find((candidate) => candidate.id === me?.groupId) ?? null;
    const openEvaluations = (await listOpenQuestionnaires(cohortId)).map(({ sessionId, sessionTitle }) => ({
      sessionTitle,
      href: evaluationAnswerPath(cohortId, sessionId),
    }));
    return (
      <main className="page" data-testid="cohort-participant-view">
        <div className="page__head">
          <h1>{details.name}</h1>
          {meta && <p className="page__intro">{meta}</p>}
        </div>
        <OpenEvaluations links={openEvaluations} />
        <ParticipantCohortView
          cohortId={cohortId}
          displayName={me?.displayName ?? user.name}
          group={group && { id: group.id, name: group.name, roomId: group.roomId }}
          sessions={sessions}
        />
        {group && <PeerReviewLinks cohortId={cohortId} groupId={group.id} peerReviews={peerReviews} />}
      </main>
    );
  }

  return (
    <main className="page page--wide" data-testid="cohort-trainer-view">
      <div className="page__head">
        <h1>{details.name}</h1>
        {meta && <p className="page__intro">{meta}</p>}
        <CohortDetailsForm cohort={details} />
        <p>
          <Link className="button button--secondary" href={`/cohorts/${encodeURIComponent(cohortId)}/overview`} data-testid="open-overview">
            {(await getTranslations("overview"))("link")}
          </Link>
        </p>
        <ProcessOverviewLink cohortId={cohortId} />
        <p>
          <Link href={`/cohorts/${encodeURIComponent(cohortId)}/evaluation`} data-testid="course-evaluation-link">
            {(await getTranslations("evaluation.course"))("link")}
          </Link>
        </p>
      </div>
      <TrainerCohortView
        cohortId={cohortId}
        sessions={sessions}
        groups={overview.groups.map(({ id, name, roomId, participantCount }) => ({ id, name, roomId, participantCount }))}
        participants={overview.participants.map(({ userId, displayName, groupId }) => ({ userId, displayName, groupId }))}
        trainers={overview.trainers}
        canRemoveTrainers={await canRemoveTrainers(user.id, overview)}
        joinCode={await joinCodeView(overview.joinCode)}
      />
      <PeerReviewPanel
        cohortId={cohortId}
        groups={overview.groups.map(({ id, name }) => ({ id, name }))}
        peerReviews={peerReviews}
      />
      <CohortActionSummary
        cohortId={cohortId}
        plans={await listCohortActionPlans(cohortId, { userId: user.id, role }, actionToday())}
      />
    </main>
  );
}
