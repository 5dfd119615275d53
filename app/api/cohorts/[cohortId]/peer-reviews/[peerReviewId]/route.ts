import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { handleRouteError } from "@/lib/server/http/api-response";
import { getPeerReview } from "@/lib/server/peer-review/get-peer-review";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; peerReviewId: string }> };

/** One visit with its feedback grid (trainers, the host group, the visiting group). */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, peerReviewId } = await context.params;
    const peerReview = await getPeerReview(await getSessionUser(), cohortId, peerReviewId);
    return NextResponse.json({ peerReview }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleRouteError(error, "peer-review");
  }
}
