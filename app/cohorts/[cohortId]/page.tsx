import { getFormatter } from "next-intl/server";
import { toString as toQrSvg } from "qrcode";
import { CohortDetailsForm } from "@/components/cohort/CohortDetailsForm";
import { ParticipantCohortView } from "@/components/cohort/ParticipantCohortView";
import { TrainerCohortView } from "@/components/cohort/TrainerCohortView";
import { ProcessOverviewLink } from "@/components/process/ProcessOverviewLink";
import { isAdmin } from "@/lib/server/access/is-admin";
import { getCohortOverview, type CohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { pageOrigin } from "@/lib/server/http/public-origin";
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
  const [overview, format] = await Promise.all([getCohortOverview(cohortId), getFormatter()]);
  const details = toCohortDetailsView(format, overview.cohort);
  const sessions = toSessionViews(format, overview.sessions);
  const meta = [details.organisation, details.periodText].filter(Boolean).join(" · ");

  if (role === "participant") {
    const me = overview.participants.find((participant) => participant.userId === user.id);
    const group = overview.groups.find((candidate) => candidate.id === me?.groupId) ?? null;
    return (
      <main className="page" data-testid="cohort-participant-view">
        <div className="page__head">
          <h1>{details.name}</h1>
          {meta && <p className="page__intro">{meta}</p>}
        </div>
        <ParticipantCohortView
          cohortId={cohortId}
          displayName={me?.displayName ?? user.name}
          group={group && { id: group.id, name: group.name, roomId: group.roomId }}
          sessions={sessions}
        />
      </main>
    );
  }

  return (
    <main className="page page--wide" data-testid="cohort-trainer-view">
      <div className="page__head">
        <h1>{details.name}</h1>
        {meta && <p className="page__intro">{meta}</p>}
        <CohortDetailsForm cohort={details} />
        <ProcessOverviewLink cohortId={cohortId} />
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
    </main>
  );
}
