import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { createPartner } from "@/lib/server/partners/create-partner";
import { listPartners } from "@/lib/server/partners/list-partners";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string }> };

/** The group's stakeholder map: its partners and "took part: n of m". */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, groupId } = await context.params;
    return NextResponse.json(await listPartners(await getSessionUser(), cohortId, groupId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return handleRouteError(error, "partners");
  }
}

/** Adds a partner: { name, kind, interest, influence, tookPart?, note? }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId } = await context.params;
    const partner = await createPartner(await getSessionUser(), cohortId, groupId, await readJsonBody(request));
    return NextResponse.json({ partner }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "partners-create");
  }
}
