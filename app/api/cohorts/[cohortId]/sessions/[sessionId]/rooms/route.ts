import { NextResponse } from "next/server";
import type { SessionRoomsResponse } from "@/lib/shared/cohort-schemas";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { getSessionUser } from "@/lib/server/auth/session";
import { listSessionRooms } from "@/lib/server/cohorts/list-session-rooms";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** The groups' rooms of a session with live people counts (a participant: their own group's). */
export async function GET(_request: Request, context: { params: Promise<{ cohortId: string; sessionId: string }> }) {
  try {
    const { cohortId, sessionId } = await context.params;
    const user = await getSessionUser();
    const role = await assertCohortMember(user, cohortId);
    const body: SessionRoomsResponse = { rooms: await listSessionRooms(cohortId, sessionId, { userId: user!.id, role }) };
    return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleRouteError(error, "cohort-session-rooms");
  }
}
