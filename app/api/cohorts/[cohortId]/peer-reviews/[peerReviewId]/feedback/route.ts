import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { addPeerFeedback } from "@/lib/server/peer-review/add-peer-feedback";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; peerReviewId: string }> };

/** Adds an item to the grid (the visiting group, while open): { kind, text }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, peerReviewId } = await context.params;
    const feedback = await addPeerFeedback(
      await getSessionUser(),
      cohortId,
      peerReviewId,
      await readJsonBody(request),
    );
    return NextResponse.json({ feedback }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "peer-feedback-add");
  }
}
