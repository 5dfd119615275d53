import { NextResponse } from "next/server";
import { UpdateCohortRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { updateCohort } from "@/lib/server/cohorts/update-cohort";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string }> };

/**
 * The cohort: everything for its trainers; for a participant only the cohort, its sessions and
 * their own place (never other participants or the join code).
 */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId } = await context.params;
    const user = await getSessionUser();
    const role = await assertCohortMember(user, cohortId);
    const overview = await getCohortOverview(cohortId);
    const headers = { "cache-control": "no-store" };
    if (role === "trainer") return NextResponse.json({ role, ...overview }, { headers });
    const me = overview.participants.find((participant) => participant.userId === user!.id) ?? null;
    const group = overview.groups.find((candidate) => candidate.id === me?.groupId) ?? null;
    return NextResponse.json(
      {
        role,
        cohort: overview.cohort,
        sessions: overview.sessions,
        me: me && { displayName: me.displayName, groupId: me.groupId },
        group: group && { id: group.id, name: group.name, roomId: group.roomId },
      },
      { headers },
    );
  } catch (error) {
    return handleRouteError(error, "cohort-get");
  }
}

/** Changes the cohort's name, organisation or dates (its trainers only). */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const input = UpdateCohortRequest.parse(await readJsonBody(request));
    return NextResponse.json({ cohort: await updateCohort(cohortId, input) });
  } catch (error) {
    return handleRouteError(error, "cohort-update");
  }
}
