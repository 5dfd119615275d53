/**
 * Authorization over every API route and the room token, against the real built app: trainer of
 * cohort A, trainer of cohort B, participant of group 1, participant of group 2, a guest of
 * another cohort, nobody, and the admin (who counts as a trainer of every cohort by design) —
 * each allowed or refused as the access rules say, with refused calls changing nothing.
 * The route list is read from app/api at test time, so a new route without a row fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppProcess } from "../helpers/app-process";
import { upgradeStatus } from "../helpers/node-client";
import { listApiRoutes } from "./fixtures/api-routes-on-disk";
import { MATRIX } from "./fixtures/authorization-rows";
import { refusalStatus, type MatrixRow } from "./fixtures/matrix-row";
import { ACTORS, buildWorld, type Actor, type World } from "./fixtures/authorization-world";

/** Open by design; their public behaviour is asserted below instead of a matrix row. */
const PUBLIC_ROUTES = [
  "GET /api/auth/[...nextauth]",
  "POST /api/auth/[...nextauth]",
  "GET /api/health",
  "POST /api/join",
  "GET /api/setup",
  "GET /api/time",
  "POST /api/setup",
  "POST /api/password-reset",
];

let app: AppProcess;
let world: World;
/** route → actor → status, printed at the end for the record. */
const seen = new Map<string, Map<Actor, number>>();

beforeAll(async () => {
  app = await startApp();
  world = await buildWorld(app);
});
afterAll(async () => {
  printMatrix();
  await app?.stop();
});

function pathOf(
  row: MatrixRow,
  params: Record<string, string> = {},
): { method: string; path: string } {
  const [method = "", pattern = ""] = row.route.split(" ");
  const defaults: Record<string, string> = {
    cohortId: world.cohortA.id,
    groupId: world.cohortA.group1.id,
    sessionId: world.cohortA.sessionId,
    roomId: world.cohortA.group1.roomId,
  };
  const path = pattern.replace(/\[(\w+)\]/g, (_match, name: string) => {
    const value = params[name] ?? defaults[name];
    if (!value) throw new Error(`${row.route}: no value for [${name}]`);
    return value;
  });
  return { method, path };
}

/** Refused actors first (nothing may change), then the allowed ones. */
function callOrder(row: MatrixRow): Actor[] {
  return [
    ...ACTORS.filter((actor) => !row.allowed.includes(actor)),
    ...ACTORS.filter((actor) => row.allowed.includes(actor)),
  ];
}

async function runRow(row: MatrixRow): Promise<void> {
  const statuses = new Map<Actor, number>();
  seen.set(row.route, statuses);
  const readState = row.state ?? (() => world.overviewA());
  for (const actor of callOrder(row)) {
    const allowed = row.allowed.includes(actor);
    const { params, body, context } = await row.prepare(world, actor);
    const { method, path } = pathOf(row, params);
    const before = allowed ? null : await readState(world);
    const answer = await world.call(actor, method, path, body);
    statuses.set(actor, answer.status);
    const label = `${row.route} as ${actor}: ${JSON.stringify(answer.body)}`;
    if (!allowed) {
      expect.soft(answer.status, label).toBe(refusalStatus(actor));
      expect.soft(await readState(world), `${row.route} as ${actor} changed state`).toEqual(before);
      continue;
    }
    expect.soft(answer.status, label).toBe(row.okStatus ?? 200);
    if (answer.status < 300) await row.checkAllowed?.(world, actor, answer, context);
  }
}

function printMatrix(): void {
  if (seen.size === 0) return;
  const width = Math.max(...[...seen.keys()].map((route) => route.length));
  const short: Record<Actor, string> = {
    trainerA: "trA",
    trainerB: "trB",
    participant1: "p-g1",
    participant2: "p-g2",
    guestB: "guestB",
    nobody: "nobody",
    admin: "admin",
  };
  const head = `${"route".padEnd(width)} | ${ACTORS.map((actor) => short[actor].padStart(6)).join(" ")}`;
  const lines = [...seen].map(
    ([route, statuses]) =>
      `${route.padEnd(width)} | ${ACTORS.map((actor) => String(statuses.get(actor) ?? "-").padStart(6)).join(" ")}`,
  );
  process.stdout.write(
    `\nAuthorization matrix (HTTP status per actor, cohort A's resources)\n${head}\n${"-".repeat(head.length)}\n${lines.join("\n")}\n\n`,
  );
}

describe("the matrix covers every route", () => {
  it("has exactly one row for each non-public route and method under app/api", () => {
    const onDisk = listApiRoutes();
    const inMatrix = MATRIX.map((row) => row.route);
    expect(new Set(inMatrix).size, "duplicate rows").toBe(inMatrix.length);
    expect(onDisk.filter((route) => !PUBLIC_ROUTES.includes(route))).toEqual([...inMatrix].sort());
    expect(
      PUBLIC_ROUTES.filter((route) => !onDisk.includes(route)),
      "public routes that no longer exist",
    ).toEqual([]);
  });
});

describe("the room of group 1", () => {
  it("hands a token to its trainers (facilitators) and to group 1's participant only", async () => {
    const { roomId } = world.cohortA.group1;
    const expected: Record<Actor, { status: number; role?: string; facilitator?: boolean }> = {
      trainerA: { status: 200, role: "editor", facilitator: true },
      trainerB: { status: 403 },
      participant1: { status: 200, role: "editor", facilitator: false },
      participant2: { status: 403 },
      guestB: { status: 403 },
      nobody: { status: 401 },
      admin: { status: 200, role: "editor", facilitator: true },
    };
    for (const actor of ACTORS) {
      const answer = await world.call(actor, "GET", `/api/rooms/${roomId}/token`);
      const { status, ...grant } = expected[actor];
      expect.soft(answer.status, `token as ${actor}`).toBe(status);
      if (status === 200) expect.soft(answer.body, `token as ${actor}`).toMatchObject(grant);
      else expect.soft(answer.body?.token, `token as ${actor}`).toBeUndefined();
    }
  });

  it("opens its review page (history, exports) to its trainers and group 1 only", async () => {
    const { roomId } = world.cohortA.group1;
    const allowed: readonly Actor[] = ["trainerA", "participant1", "admin"];
    for (const actor of ACTORS) {
      const url = `${world.baseUrl}/rooms/${roomId}/review`;
      const response =
        actor === "nobody"
          ? await fetch(url, { redirect: "manual" })
          : await world.jars[actor].fetch(url);
      const html = await response.text();
      if (actor === "nobody") {
        expect.soft(response.status, "review without a session goes to the start page").toBe(307);
        continue;
      }
      expect.soft(response.status, `review as ${actor}`).toBe(200);
      expect
        .soft(html.includes('data-testid="history-timeline"'), `review as ${actor}`)
        .toBe(allowed.includes(actor));
      expect
        .soft(html.includes('data-testid="review-forbidden"'), `review as ${actor}`)
        .toBe(!allowed.includes(actor));
    }
  });

  it("opens the websocket only with a token for that room: group 2's token is refused with 403", async () => {
    const { group1, group2 } = world.cohortA;
    const wsBase = `${world.baseUrl.replace(/^http/, "ws")}/yjs`;
    const tokenFor = async (actor: Actor, roomId: string) =>
      (await world.call(actor, "GET", `/api/rooms/${roomId}/token`)).body.token as string;
    const ownToken = await tokenFor("participant1", group1.roomId);
    const otherGroupsToken = await tokenFor("participant2", group2.roomId);
    const otherCohortsToken = await tokenFor("guestB", world.cohortB.group.roomId);
    expect(await upgradeStatus(`${wsBase}/${group1.roomId}?token=${ownToken}`)).toBe(101);
    expect(await upgradeStatus(`${wsBase}/${group2.roomId}?token=${otherGroupsToken}`)).toBe(101);
    expect(await upgradeStatus(`${wsBase}/${group1.roomId}?token=${otherGroupsToken}`)).toBe(403);
    expect(await upgradeStatus(`${wsBase}/${group1.roomId}?token=${otherCohortsToken}`)).toBe(403);
    expect(await upgradeStatus(`${wsBase}/${group1.roomId}`)).toBe(401);
  });
});

describe("every route × every actor", () => {
  for (const row of MATRIX) {
    it(`${row.route}: ${row.allowed.join(", ")} allowed`, async () => {
      await runRow(row);
    });
  }

  it("leaves the fixture whole: participants still in their groups and rooms", async () => {
    const participants = (await world.overviewA()).participants;
    expect(
      participants.find((participant) => participant.userId === world.ids.participant1)?.groupId,
    ).toBe(world.cohortA.group1.id);
    expect(
      participants.find((participant) => participant.userId === world.ids.participant2)?.groupId,
    ).toBe(world.cohortA.group2.id);
  });
});

describe("a co-trainer", () => {
  it("manages the cohort but may not remove other co-trainers (owner or admin only)", async () => {
    const { cohortA, ids } = world;
    expect(
      (
        await world.call("trainerA", "POST", `/api/cohorts/${cohortA.id}/trainers`, {
          email: "bart@example.org",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await world.call("trainerA", "POST", `/api/cohorts/${cohortA.id}/trainers`, {
          email: world.trainerCEmail,
        })
      ).status,
    ).toBe(201);
    try {
      expect((await world.call("trainerB", "GET", `/api/cohorts/${cohortA.id}`)).body.role).toBe(
        "trainer",
      );
      expect(
        (await world.call("trainerB", "GET", `/api/rooms/${cohortA.group1.roomId}/token`)).body
          .facilitator,
      ).toBe(true);
      const before = await world.overviewA();
      expect(
        (
          await world.call(
            "trainerB",
            "DELETE",
            `/api/cohorts/${cohortA.id}/trainers/${ids.trainerC}`,
          )
        ).status,
      ).toBe(403);
      expect(await world.overviewA()).toEqual(before);
    } finally {
      expect(
        (
          await world.call(
            "trainerA",
            "DELETE",
            `/api/cohorts/${cohortA.id}/trainers/${ids.trainerB}`,
          )
        ).status,
      ).toBe(200);
    }
    // Taken off the cohort, trainer B loses it and its rooms at once.
    expect((await world.call("trainerB", "GET", `/api/cohorts/${cohortA.id}`)).status).toBe(403);
    expect(
      (await world.call("trainerB", "GET", `/api/rooms/${cohortA.group1.roomId}/token`)).status,
    ).toBe(403);
  });
});

describe("reaching into cohort A through cohort B's own routes", () => {
  it("answers trainer B 404 (or 400) for cohort A's groups, sessions, participants and trainers, changing nothing", async () => {
    const { cohortA, cohortB, ids } = world;
    const b = `/api/cohorts/${cohortB.id}`;
    const attempts: [string, string, unknown, number][] = [
      ["PATCH", `${b}/groups/${cohortA.group1.id}`, { name: "Overgenomen" }, 404],
      ["PATCH", `${b}/sessions/${cohortA.sessionId}`, { title: "Overgenomen" }, 404],
      ["DELETE", `${b}/sessions/${cohortA.sessionId}`, undefined, 404],
      ["GET", `${b}/sessions/${cohortA.sessionId}/rooms`, undefined, 404],
      [
        "PUT",
        `${b}/sessions/order`,
        { sessionIds: (await world.overviewA()).sessions.map((session) => session.id) },
        400,
      ],
      ["PATCH", `${b}/participants/${ids.participant1}`, { displayName: "Overgenomen" }, 404],
      ["PATCH", `${b}/participants/${ids.guestB}`, { groupId: cohortA.group1.id }, 404],
      ["DELETE", `${b}/participants/${ids.participant1}`, undefined, 404],
      ["DELETE", `${b}/trainers/${ids.trainerA}`, undefined, 404],
    ];
    for (const [method, path, body, status] of attempts) {
      const before = await world.overviewA();
      const answer = await world.call("trainerB", method, path, body);
      expect.soft(answer.status, `${method} ${path}`).toBe(status);
      expect.soft(await world.overviewA(), `${method} ${path} changed cohort A`).toEqual(before);
    }
    // Nor does trainer A move a participant into cohort B's group.
    const moved = await world.call(
      "trainerA",
      "PATCH",
      `/api/cohorts/${cohortA.id}/participants/${ids.participant1}`,
      {
        groupId: cohortB.group.id,
      },
    );
    expect(moved.status).toBe(404);
    expect(
      (await world.call("guestB", "GET", `/api/rooms/${cohortA.group1.roomId}/token`)).status,
    ).toBe(403);
  });
});

describe("public routes", () => {
  it("are open to nobody, and give nothing away", async () => {
    expect((await world.call("nobody", "GET", "/api/health")).status).toBe(200);
    const session = await world.call("nobody", "GET", "/api/auth/session");
    expect(session).toEqual({ status: 200, body: {} });
    expect((await world.call("nobody", "GET", "/api/auth/csrf")).body.csrfToken).toEqual(
      expect.any(String),
    );
    // Setup closes for good once a trainer exists, for everyone.
    for (const actor of ["nobody", "admin", "participant1"] as const) {
      expect((await world.call(actor, "GET", "/api/setup")).status).toBe(404);
      const setup = await world.call(actor, "POST", "/api/setup", {
        name: "Mallory",
        email: "mallory@example.org",
        password: "mallory-password",
      });
      expect(setup.status).toBe(404);
    }
    expect(
      (
        await world.call("nobody", "POST", "/api/password-reset", {
          token: "not-a-real-token",
          password: "some-new-password",
        })
      ).status,
    ).toBe(400);
    expect(
      (await world.call("nobody", "POST", "/api/join", { code: "ZZZZZZ", name: "Niemand" })).status,
    ).toBe(404);
    const code = (
      await world.call("trainerA", "POST", `/api/cohorts/${world.cohortA.id}/join-code`)
    ).body.code as string;
    const joined = await world.joinAsNewDevice(code, "Nieuwkomer");
    expect(joined.roomId).toEqual(expect.any(String));
  });
});
