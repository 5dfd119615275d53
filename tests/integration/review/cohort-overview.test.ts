/**
 * The cohort overview's figures on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE=postgres), written the way a board writes them: real y-websocket clients on the
 * real realtime server, so activity rows come from the document store's real appends.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { createCommentThread } from "@/lib/server/comments/create-comment-thread";
import { setCommentResolved } from "@/lib/server/comments/set-comment-resolved";
import { loadCohortOverview } from "@/lib/server/review/load-cohort-overview";
import { renderStageThumbnail } from "@/lib/server/review/render-stage-thumbnail";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import type { CohortOverviewView, StageFigures } from "@/lib/shared/review/cohort-overview";
import { noteRecord } from "../../helpers/board-records";
import { RealtimeHarness, waitUntilAsync, type TestClient } from "../../helpers/realtime-harness";
import { testDatabaseProvider } from "../../helpers/test-database";
import { makeTrainer } from "../cohorts/test-helpers";

let harness: RealtimeHarness;
let cohortId: string;
let busyGroupId: string;
let quietGroupId: string;
let facilitator: TestClient;
let trainerId: string;
let busyRoomId: string;

const note = (id: string, parentId: string, author: string | null) =>
  noteRecord(id, parentId, id, author);

const stageOf = (overview: CohortOverviewView, groupId: string, stageId: string): StageFigures =>
  overview.groups
    .find((group) => group.groupId === groupId)!
    .stages.find((stage) => stage.stageId === stageId)!;

const totalUpdates = (overview: CohortOverviewView, groupId: string) =>
  overview.groups
    .find((group) => group.groupId === groupId)!
    .activity.reduce((sum, bucket) => sum + bucket.updates, 0);

beforeAll(async () => {
  harness = await RealtimeHarness.start();
  const prisma = harness.database.prisma;
  const trainer = await makeTrainer(prisma);
  trainerId = trainer.id;
  ({ id: cohortId } = await createCohort(
    trainer.id,
    { name: "Overzicht", fromProgramme: false },
    prisma,
  ));
  const busy = await createGroup(cohortId, "Groep 1", trainer.id, prisma);
  const quiet = await createGroup(cohortId, "Groep 2", trainer.id, prisma);
  busyGroupId = busy.id;
  busyRoomId = busy.roomId;
  quietGroupId = quiet.id;
  facilitator = await harness.connect(busy.roomId, { facilitator: true });
  const records = new YKeyValue(getRecordsArray(facilitator.doc));
  // Four edits, as four separate client updates: Empathize, Ideate (twice), then the vote.
  facilitator.doc.transact(() => {
    records.set("user:ann", { id: "user:ann", typeName: "user", name: "Ann" });
    records.set("user:bo", { id: "user:bo", typeName: "user", name: "Bo" });
    records.set("shape:e1", note("shape:e1", "page:empathize", "user:ann"));
    records.set("shape:e2", note("shape:e2", "page:empathize", "user:bo"));
  });
  facilitator.doc.transact(() => {
    records.set("shape:frame", {
      id: "shape:frame",
      typeName: "shape",
      type: "frame",
      parentId: "page:ideate",
      props: { name: "Kansen" },
    });
    records.set("shape:i1", note("shape:i1", "shape:frame", "user:ann"));
  });
  facilitator.doc.transact(() => records.set("shape:i2", note("shape:i2", "page:ideate", null)));
  facilitator.doc.transact(() =>
    getRoomMap(facilitator.doc).set(RoomKey.vote, {
      sessionId: "vote-1",
      stageId: "ideate",
      votesPerPerson: 3,
      maxPerNote: 3,
      status: "ended",
      results: { "shape:i1": 3, "shape:i2": 1, "shape:e1": 2 },
      endedAt: Date.now(),
    }),
  );
  await waitUntilAsync(
    async () =>
      stageOf(await loadCohortOverview(cohortId, prisma), busyGroupId, "ideate").votes === 4,
    10_000,
    "the vote to be stored",
  );
  // Activity is written a few seconds after the edits (lib/server/documents/activity-buffer.ts).
  await waitUntilAsync(
    async () => totalUpdates(await loadCohortOverview(cohortId, prisma), busyGroupId) === 4,
    10_000,
    "the activity to be written",
  );
});

afterAll(async () => {
  await harness?.close();
});

describe(`cohort overview on ${testDatabaseProvider()}`, () => {
  it("counts notes, votes of the finished vote and contributors per stage", async () => {
    const overview = await loadCohortOverview(cohortId, harness.database.prisma);
    expect(overview.groups.map((group) => group.name)).toEqual(["Groep 1", "Groep 2"]);
    const figures = (stageId: string) => {
      const { notes, votes, contributors } = stageOf(overview, busyGroupId, stageId);
      return { notes, votes, contributors };
    };
    expect(figures("empathize")).toEqual({ notes: 2, votes: 0, contributors: 2 });
    // The vote was on Ideate: the note in the frame counts; the anonymous note has no writer.
    expect(figures("ideate")).toEqual({ notes: 2, votes: 4, contributors: 1 });
    expect(figures("define")).toEqual({ notes: 0, votes: 0, contributors: 0 });
    expect(stageOf(overview, quietGroupId, "empathize")).toMatchObject({
      notes: 0,
      lastActivityAt: null,
    });
  });

  it("shows the activity of the stored updates, per stage and in the chart's buckets", async () => {
    const overview = await loadCohortOverview(cohortId, harness.database.prisma);
    const busy = overview.groups.find((group) => group.groupId === busyGroupId)!;
    expect(stageOf(overview, busyGroupId, "empathize").lastActivityAt).not.toBeNull();
    expect(stageOf(overview, busyGroupId, "ideate").lastActivityAt).not.toBeNull();
    expect(stageOf(overview, busyGroupId, "define").lastActivityAt).toBeNull();
    expect(busy.lastActivityAt).not.toBeNull();
    // Four client updates, each counted once; nothing in the quiet group.
    expect(totalUpdates(overview, busyGroupId)).toBe(4);
    expect(totalUpdates(overview, quietGroupId)).toBe(0);
    expect(busy.activity.length).toBe(24);
    expect(overview.window.sessionTitle).toBeNull();

    facilitator.doc.transact(() =>
      new YKeyValue(getRecordsArray(facilitator.doc)).set(
        "shape:d1",
        noteRecord("shape:d1", "page:define", "Idee", "user:bo"),
      ),
    );
    await waitUntilAsync(
      async () =>
        totalUpdates(await loadCohortOverview(cohortId, harness.database.prisma), busyGroupId) ===
        5,
      10_000,
      "the new note's activity",
    );
    const after = await loadCohortOverview(cohortId, harness.database.prisma);
    expect(stageOf(after, busyGroupId, "define")).toMatchObject({ notes: 1, contributors: 1 });
    expect(stageOf(after, busyGroupId, "define").lastActivityAt).not.toBeNull();
  });

  it("draws a stage's thumbnail from the stored document", async () => {
    const svg = await renderStageThumbnail(busyRoomId, "define", harness.database.prisma);
    expect(svg).toContain("<svg");
    expect(svg).toContain('width="320"');
    expect(svg).toContain(">Idee<"); // the note on Define
  });

  it("counts the room's unresolved feedback threads", async () => {
    const prisma = harness.database.prisma;
    const unresolved = async () =>
      Object.fromEntries(
        (await loadCohortOverview(cohortId, prisma)).groups.map((group) => [
          group.name,
          group.unresolvedComments,
        ]),
      );
    expect(await unresolved()).toEqual({ "Groep 1": 0, "Groep 2": 0 });
    const first = await createCommentThread(
      trainerId,
      busyRoomId,
      { stageId: "ideate", body: "Welke klant?" },
      prisma,
    );
    await createCommentThread(
      trainerId,
      busyRoomId,
      { stageId: "empathize", body: "Mooi!" },
      prisma,
    );
    await setCommentResolved(trainerId, busyRoomId, first.id, { resolved: true }, prisma);
    expect(await unresolved()).toEqual({ "Groep 1": 1, "Groep 2": 0 });
  });

  it("charts the latest course session that has started", async () => {
    const prisma = harness.database.prisma;
    const now = new Date();
    await prisma.courseSession.create({
      data: {
        cohortId,
        position: 0,
        title: "Sessie 2",
        kind: "session",
        startsAt: new Date(now.getTime() - 42 * 60_000),
      },
    });
    await prisma.courseSession.create({
      data: {
        cohortId,
        position: 1,
        title: "Sessie 3",
        kind: "session",
        startsAt: new Date(now.getTime() + 7 * 86_400_000),
      },
    });
    const overview = await loadCohortOverview(cohortId, prisma, now);
    expect(overview.window.sessionTitle).toBe("Sessie 2");
    expect(new Date(overview.window.from).getTime()).toBeLessThanOrEqual(
      now.getTime() - 42 * 60_000,
    );
    expect(totalUpdates(overview, busyGroupId)).toBe(5);
  });
});
