import { NextResponse } from "next/server";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { AppError } from "@/lib/server/errors";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { requestOrigin } from "@/lib/server/http/public-origin";
import { handleRoute, type RouteContext } from "@/lib/server/http/route-frame";
import { handOverResetLink } from "@/lib/server/mail/hand-over-reset-link";
import { listTrainers } from "@/lib/server/users/list-trainers";

export const dynamic = "force-dynamic";

/** A new one-time password link for a trainer (admins only); earlier unused links keep working until they expire. */
export async function POST(request: Request, context: RouteContext<{ userId: string }>) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "admin-reset-link", guard }, async (user, { userId }) => {
    await assertAdmin(user);
    const trainer = (await listTrainers()).find((candidate) => candidate.id === userId);
    if (!trainer) throw new AppError("trainer_not_found", 404, "No trainer account has this id.");
    const resetLink = await handOverResetLink(trainer, requestOrigin(request), "reset");
    return NextResponse.json({ resetLink }, { status: 201 });
  });
}
