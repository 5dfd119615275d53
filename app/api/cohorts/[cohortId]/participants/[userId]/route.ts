import { NextResponse } from "next/server";
import { UpdateParticipantRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { removeParticipant } from "@/lib/server/cohorts/remove-participant";
import { renameParticipant } from "@/lib/server/cohorts/rename-participant";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; userId: string }> };

/** Renames a participant and/or moves them to a group (groupId null: out of every group). */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, userId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const { displayName, groupId } = UpdateParticipantRequest.parse(await readJsonBody(request));
    if (displayName !== undefined) await renameParticipant(cohortId, userId, displayName);
    if (groupId !== undefined) {
      await assignParticipant(cohortId, userId, groupId);
      await accessChanged(userId); // out of the old group's room at once
    }
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-participant-update");
  }
}

/** Removes a participant: their access ends at once, open board connections included. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, userId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    await removeParticipant(cohortId, userId);
    await accessChanged(userId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-participant-remove");
  }
}
