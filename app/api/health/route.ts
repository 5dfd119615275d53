import { NextResponse } from "next/server";
import { databaseProvider, getPrisma } from "@/lib/server/db/client";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Liveness and database reachability; used by load balancers and tests. */
export async function GET() {
  try {
    await getPrisma().$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ status: "ok", database: databaseProvider() });
  } catch (error) {
    return handleRouteError(error, "health");
  }
}
