import { NextResponse } from "next/server";
import { UpdateCohortRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { updateCohort } from "@/lib/server/cohorts/update-cohort";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/**
 * The cohort: everything for its trainers; for a participant only the cohort, its sessions and
 * their own place (never other participants or the join code).
 */
export async function GET(_request: Request, context: CohortRouteContext) {
  return handleRoute(context, { route: "cohort-get" }, async (user, { cohortId }) => {
    const role = await assertCohortMember(user, cohortId);
    const overview = await getCohortOverview(cohortId);
    if (role === "trainer") return uncachedJson({ role, ...overview });
    const me = overview.participants.find((participant) => participant.userId === user.id) ?? null;
    const group = overview.groups.find((candidate) => candidate.id === me?.groupId) ?? null;
    return uncachedJson({
      role,
      cohort: overview.cohort,
      sessions: overview.sessions,
      me: me && { displayName: me.displayName, groupId: me.groupId },
      group: group && { id: group.id, name: group.name, roomId: group.roomId },
    });
  });
}

/** Changes the cohort's name, organisation or dates (its trainers only). */
export async function PATCH(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-update", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const input = UpdateCohortRequest.parse(await readJsonBody(request));
    return NextResponse.json({ cohort: await updateCohort(cohortId, input) });
  });
}
