import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { RoomReview } from "@/components/review/RoomReview";
import { getSessionUser } from "@/lib/server/auth/session";
import { findCohortOfRoom } from "@/lib/server/cohorts/find-cohort-of-room";
import { fileBaseOf } from "@/lib/server/exports/assert-export-access";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";

export const dynamic = "force-dynamic";

/**
 * A room's review (read-only board, history, exports): for whoever works in the room — its
 * trainers and its own group — like the exports; other groups get the room's 403 page.
 */
export default async function RoomReviewPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/?room=${encodeURIComponent(roomId)}`);
  const access = await findRoomAccess(user.id, roomId);
  if (!access || (access.role !== "editor" && !access.facilitator)) {
    const t = await getTranslations("room");
    return (
      <main className="home__main" data-testid="review-forbidden">
        <h1>{t("forbiddenTitle")}</h1>
        <p>{t("forbiddenBody")}</p>
      </main>
    );
  }
  const cohort = await findCohortOfRoom(roomId);
  const t = await getTranslations("review");
  const trainerView = user.kind === "trainer" && access.facilitator && cohort;
  return (
    <RoomReview
      roomId={roomId}
      roomName={access.roomName}
      fileBase={fileBaseOf(access.roomName)}
      viewer={{ id: user.id, name: user.name }}
      canRestore={access.facilitator}
      locale={await getLocale()}
      licenseKey={process.env.TLDRAW_LICENSE_KEY || undefined}
      backLink={
        trainerView
          ? { href: `/cohorts/${encodeURIComponent(cohort.cohortId)}`, label: t("backToCohort") }
          : { href: `/rooms/${encodeURIComponent(roomId)}`, label: t("backToBoard") }
      }
    />
  );
}
