import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { AppError } from "@/lib/server/errors";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";
import { requestOrigin } from "@/lib/server/http/public-origin";
import { handOverResetLink } from "@/lib/server/mail/hand-over-reset-link";
import { listTrainers } from "@/lib/server/users/list-trainers";

export const dynamic = "force-dynamic";

/** A new one-time password link for a trainer (admins only); earlier unused links keep working until they expire. */
export async function POST(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  try {
    assertSameOrigin(request);
    await assertAdmin(await getSessionUser());
    const { userId } = await params;
    const trainer = (await listTrainers()).find((candidate) => candidate.id === userId);
    if (!trainer) throw new AppError("trainer_not_found", 404, "No trainer account has this id.");
    const resetLink = await handOverResetLink(trainer, requestOrigin(request), "reset");
    return NextResponse.json({ resetLink }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "admin-reset-link");
  }
}
