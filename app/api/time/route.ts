import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * The server's clock, for the shared timer: clients measure their offset to it with a few round
 * trips, so everyone counts down to the same moment whatever their own clock says. Public by
 * design (the time is no secret); never cached.
 */
export function GET() {
  return NextResponse.json({ now: Date.now() }, { headers: { "cache-control": "no-store" } });
}
