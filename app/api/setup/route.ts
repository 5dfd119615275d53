import { NextResponse } from "next/server";
import { SetupRequest } from "@/lib/shared/account-schema";
import { assertSameOrigin, errorResponse, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { countTrainers } from "@/lib/server/users/count-trainers";
import { createTrainer } from "@/lib/server/users/create-trainer";
import { logger } from "@/lib/server/logger";

export const dynamic = "force-dynamic";

/**
 * Setups run one after another in this process, so two people racing on a fresh install
 * cannot both create an admin: the second sees a trainer and gets 404.
 */
let setupQueue: Promise<unknown> = Promise.resolve();

function notAvailable() {
  return errorResponse(404, "setup_done", "Setup is finished: a trainer account exists.");
}

/** First run only: creates the first trainer, an admin. 404 as soon as any trainer exists. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    if ((await countTrainers()) > 0) return notAvailable();
    const input = SetupRequest.parse(await readJsonBody(request));
    const run = setupQueue.then(async () => {
      if ((await countTrainers()) > 0) return null;
      return createTrainer({ ...input, isAdmin: true });
    });
    setupQueue = run.catch(() => undefined);
    const trainer = await run;
    if (!trainer) return notAvailable();
    logger.info({ userId: trainer.id }, "first admin trainer created");
    return NextResponse.json({ trainer: { id: trainer.id, name: trainer.name, email: trainer.email } }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "setup");
  }
}

/** Whether the first-run setup is still open: 200 while no trainer exists, 404 after. */
export async function GET() {
  try {
    if ((await countTrainers()) > 0) return notAvailable();
    return NextResponse.json({ setupAvailable: true });
  } catch (error) {
    return handleRouteError(error, "setup");
  }
}
