import { randomBytes } from "node:crypto";
import { NextResponse } from "next/server";
import { AddTrainerRequest } from "@/lib/shared/account-schema";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { requestOrigin } from "@/lib/server/http/public-origin";
import { handleRoute, noPathParams } from "@/lib/server/http/route-frame";
import { handOverResetLink } from "@/lib/server/mail/hand-over-reset-link";
import { createTrainer } from "@/lib/server/users/create-trainer";
import { listTrainers } from "@/lib/server/users/list-trainers";

export const dynamic = "force-dynamic";

/** All trainer accounts (admins only). */
export async function GET() {
  return handleRoute(noPathParams, { route: "admin-trainers" }, async (user) => {
    await assertAdmin(user);
    return NextResponse.json({ trainers: await listTrainers() });
  });
}

/**
 * Adds a trainer. Their password is random and never shown: they choose their own through the
 * one-time link in the response (and in a mail when SMTP is configured).
 */
export async function POST(request: Request) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(noPathParams, { route: "admin-trainers", guard }, async (user) => {
    await assertAdmin(user);
    const input = AddTrainerRequest.parse(await readJsonBody(request));
    const trainer = await createTrainer({
      ...input,
      password: randomBytes(32).toString("base64url"),
    });
    const resetLink = await handOverResetLink(trainer, requestOrigin(request), "welcome");
    return NextResponse.json(
      {
        trainer: { id: trainer.id, name: trainer.name, email: trainer.email, isAdmin: false },
        resetLink,
      },
      { status: 201 },
    );
  });
}
