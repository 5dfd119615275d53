/**
 * Nobody keeps access they lost: a participant connected to their group's board is disconnected
 * (close code 4403) the moment the trainer removes them, and cannot get a new token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";
import { connectProvider, fetchRoomToken, joinAsGuest } from "../helpers/node-client";
import { signInTrainer } from "../helpers/trainer-session";

let app: AppProcess;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("access revocation", () => {
  it("disconnects a removed participant from their open board at once", async () => {
    const trainer = await signInTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD);
    const post = (path: string, body: unknown) =>
      trainer.fetch(`${app.baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.baseUrl },
        body: JSON.stringify(body),
      });
    const { cohort } = (await (await post("/api/cohorts", { name: "Revocation", fromProgramme: false })).json()) as {
      cohort: { id: string; joinCode: string };
    };
    expect((await post(`/api/cohorts/${cohort.id}/groups`, { name: "Groep 1" })).status).toBe(201);

    const participant = await joinAsGuest(app.baseUrl, cohort.joinCode, "Wout");
    expect(participant.roomId).toBeTruthy();
    const provider = await connectProvider(app.baseUrl, participant.roomId, await fetchRoomToken(app.baseUrl, participant));
    const closeCode = new Promise<number>((resolve) =>
      provider.on("connection-close", (event) => resolve((event as CloseEvent | null)?.code ?? 0)),
    );
    const userId = ((await (await fetch(`${app.baseUrl}/api/rooms/${participant.roomId}/token`, {
      headers: { cookie: participant.cookie },
    })).json()) as { user: { id: string } }).user.id;

    const removal = await trainer.fetch(`${app.baseUrl}/api/cohorts/${cohort.id}/participants/${userId}`, {
      method: "DELETE",
      headers: { origin: app.baseUrl },
    });
    expect(removal.status).toBe(200);
    expect(await closeCode).toBe(CloseCode.forbidden);
    provider.destroy();

    const tokenAfter = await fetch(`${app.baseUrl}/api/rooms/${participant.roomId}/token`, {
      headers: { cookie: participant.cookie },
    });
    expect(tokenAfter.status).toBe(403);
  });
});
