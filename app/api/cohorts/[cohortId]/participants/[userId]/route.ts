import { NextResponse } from "next/server";
import { UpdateParticipantRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { removeParticipant } from "@/lib/server/cohorts/remove-participant";
import { renameParticipant } from "@/lib/server/cohorts/rename-participant";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; userId: string }>;

/** Renames a participant and/or moves them to a group (groupId null: out of every group). */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-participant-update", guard }, async (user, { cohortId, userId }) => {
    await assertCohortTrainer(user, cohortId);
    const { displayName, groupId } = UpdateParticipantRequest.parse(await readJsonBody(request));
    if (displayName !== undefined) await renameParticipant(cohortId, userId, displayName);
    if (groupId !== undefined) {
      await assignParticipant(cohortId, userId, groupId);
      await accessChanged(userId); // out of the old group's room at once
    }
    return NextResponse.json({ ok: true });
  });
}

/** Removes a participant: their access ends at once, open board connections included. */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-participant-remove", guard }, async (user, { cohortId, userId }) => {
    await assertCohortTrainer(user, cohortId);
    await removeParticipant(cohortId, userId);
    await accessChanged(userId);
    return NextResponse.json({ ok: true });
  });
}
