import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Board } from "@/components/board/Board";
import { getSessionUser } from "@/lib/server/auth/session";
import { findCohortOfRoom } from "@/lib/server/cohorts/find-cohort-of-room";
import { listOpenQuestionnaires } from "@/lib/server/evaluation/list-open-questionnaires";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { peerReviewLinksOf } from "./peer-review-links";
import { evaluationAnswerPath } from "@/lib/shared/evaluation/paths";

export const dynamic = "force-dynamic";

/** A room's board; people without a session join first, people without access get a 403 page. */
export default async function RoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/?room=${encodeURIComponent(roomId)}`);
  const access = await findRoomAccess(user.id, roomId);
  if (!access) {
    const t = await getTranslations("room");
    return (
      <main className="home__main" data-testid="room-forbidden">
        <h1>{t("forbiddenTitle")}</h1>
        <p>{t("forbiddenBody")}</p>
        <p>
          <a href={`/?room=${encodeURIComponent(roomId)}`}>{t("problem.backHome")}</a>
        </p>
      </main>
    );
  }
  const cohort = await findCohortOfRoom(roomId);
  const nav = await getTranslations("nav");
  // A visiting group (peer review) sees the board read-only, and not its workbook.
  const worksHere = access.role === "editor" || access.facilitator;
  // Participants are invited to the cohort's open questionnaire (the latest session's first).
  const openEvaluation =
    cohort && user.kind === "guest"
      ? (await listOpenQuestionnaires(cohort.cohortId)).at(-1)
      : undefined;
  const invite = await getTranslations("evaluation.invite");
  return (
    <Board
      roomId={roomId}
      roomName={access.roomName}
      cohortLink={
        cohort
          ? {
              href: `/cohorts/${encodeURIComponent(cohort.cohortId)}`,
              label: nav("sessions"),
              description: nav("sessionsLabel", { cohort: cohort.cohortName }),
            }
          : undefined
      }
      workbookHref={
        cohort && worksHere
          ? `/cohorts/${encodeURIComponent(cohort.cohortId)}/groups/${encodeURIComponent(cohort.groupId)}`
          : undefined
      }
      sideLinks={await peerReviewLinksOf(user, roomId, cohort, access)}
      evaluationLink={
        cohort && openEvaluation
          ? {
              href: evaluationAnswerPath(cohort.cohortId, openEvaluation.sessionId),
              label: invite("room"),
              description: invite("roomLabel", { session: openEvaluation.sessionTitle }),
            }
          : undefined
      }
      canAppointFacilitators={user.kind === "trainer" && access.facilitator}
      licenseKey={process.env.TLDRAW_LICENSE_KEY || undefined}
      locale={await getLocale()}
    />
  );
}
