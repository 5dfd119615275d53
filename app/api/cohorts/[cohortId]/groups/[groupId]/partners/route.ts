import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { createPartner } from "@/lib/server/partners/create-partner";
import { listPartners } from "@/lib/server/partners/list-partners";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string }>;

/** The group's stakeholder map: its partners and "took part: n of m". */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "partners" }, async (user, { cohortId, groupId }) =>
    uncachedJson(await listPartners(user, cohortId, groupId)),
  );
}

/** Adds a partner: { name, kind, interest, influence, tookPart?, note? }. */
export async function POST(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "partners-create", guard }, async (user, { cohortId, groupId }) => {
    const partner = await createPartner(user, cohortId, groupId, await readJsonBody(request));
    return NextResponse.json({ partner }, { status: 201 });
  });
}
