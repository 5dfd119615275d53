import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { handleRouteError } from "@/lib/server/http/api-response";
import { getGroupProcess } from "@/lib/server/process/get-group-process";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string }> };

/** The group's success and risk factors: its rated sessions side by side, its risks, the default round. */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, groupId } = await context.params;
    return NextResponse.json(await getGroupProcess(await getSessionUser(), cohortId, groupId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return handleRouteError(error, "process");
  }
}
