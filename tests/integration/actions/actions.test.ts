/**
 * The action plan on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres): an
 * action made from a sticky note takes its text and stage from the stored board; only the group
 * and its trainers add, change and delete the group's actions; overdue actions come first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { addAction } from "@/lib/server/actions/add-action";
import { createActionFromNote } from "@/lib/server/actions/create-action-from-note";
import { deleteAction } from "@/lib/server/actions/delete-action";
import { listActionPlan } from "@/lib/server/actions/list-action-plan";
import { listCohortActionPlans } from "@/lib/server/actions/list-cohort-action-plans";
import { listRoomActions } from "@/lib/server/actions/list-room-actions";
import { updateAction } from "@/lib/server/actions/update-action";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { richText, shapeRecord } from "../../helpers/board-records";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let db: TestDatabase;
let cohortId: string;
let trainer: string;
let otherCohortTrainer: string;
let member: string;
let otherGroupMember: string;
let room1: string;
let room2: string;

const shape = (id: string, type: string, parentId: string, props: Record<string, unknown>) =>
  shapeRecord(id, type, parentId, { index: "b1", props });

/** Stores shapes in a room's document the way the realtime server does: as an update. */
async function putShapes(roomId: string, shapes: ReturnType<typeof shape>[]): Promise<void> {
  const doc = await loadRoomDoc(roomId, db.prisma);
  const before = Y.encodeStateVector(doc);
  const records = new YKeyValue(getRecordsArray(doc));
  doc.transact(() => {
    for (const each of shapes) records.set(each.id, each);
  });
  await db.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(doc, before)]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  trainer = (await makeTrainer(db.prisma, "Tineke")).id;
  otherCohortTrainer = (await makeTrainer(db.prisma, "Other Trainer")).id;
  const cohort = await createCohort(trainer, { name: "Actions", fromProgramme: false });
  cohortId = cohort.id;
  await createCohort(otherCohortTrainer, { name: "Elsewhere", fromProgramme: false });
  const group1 = await createGroup(cohort.id, "Group 1", trainer);
  const group2 = await createGroup(cohort.id, "Group 2", trainer);
  room1 = group1.roomId;
  room2 = group2.roomId;
  member = (await joinByCode({ code: cohort.joinCode, name: "Mila" })).userId;
  otherGroupMember = (await joinByCode({ code: cohort.joinCode, name: "Otis" })).userId;
  await assignParticipant(cohort.id, member, group1.id);
  await assignParticipant(cohort.id, otherGroupMember, group2.id);
  await putShapes(room1, [
    shape("shape:frame", "frame", "page:prototype", { w: 600, h: 400, name: "Plan", color: "black" }),
    shape("shape:framed-note", "note", "shape:frame", {
      color: "yellow",
      richText: richText("Bel de  ouderraad", "voor vrijdag"),
    }),
    shape("shape:idea", "note", "page:ideate", { color: "yellow", richText: richText("Zelfscan bij de ingang") }),
    shape("shape:empty", "note", "page:ideate", { color: "yellow", richText: richText("") }),
    shape("shape:box", "geo", "page:ideate", { geo: "rectangle", w: 10, h: 10 }),
  ]);
});
afterAll(async () => {
  await db?.drop();
});

describe(`the action plan on ${testDatabaseProvider()}`, () => {
  it("an action made from a note carries its text and stage", async () => {
    const framed = await addAction(member, room1, { noteId: "shape:framed-note" });
    expect(framed).toMatchObject({
      roomId: room1,
      title: "Bel de ouderraad voor vrijdag",
      stageId: "prototype",
      sourceNoteId: "shape:framed-note",
      status: "open",
      createdById: member,
    });
    const idea = await createActionFromNote(trainer, room1, "shape:idea");
    expect(idea).toMatchObject({ title: "Zelfscan bij de ingang", stageId: "ideate", sourceNoteId: "shape:idea" });

    // A note id with a title of its own is a typed action: only the board links an action to a note.
    const claimed = await addAction(member, room1, { noteId: "shape:idea", title: "Iets anders", stageId: "test" });
    expect(claimed).toMatchObject({ title: "Iets anders", stageId: "test", sourceNoteId: null });

    await expectAppError(addAction(member, room1, { noteId: "shape:missing" }), "note_not_found", 404);
    await expectAppError(addAction(member, room1, { noteId: "shape:box" }), "note_not_found", 404);
    await expectAppError(addAction(member, room1, { noteId: "shape:empty" }), "note_empty", 400);
    // Another group's board has no such note, and its people may not use this room anyway.
    await expectAppError(addAction(otherGroupMember, room1, { noteId: "shape:idea" }), "forbidden", 403);

    const stored = await listRoomActions(room1);
    expect(stored.map(({ title, stageId }) => ({ title, stageId }))).toEqual([
      { title: "Bel de ouderraad voor vrijdag", stageId: "prototype" },
      { title: "Zelfscan bij de ingang", stageId: "ideate" },
      { title: "Iets anders", stageId: "test" },
    ]);
  });

  it("only the group and its trainers change its actions", async () => {
    const action = await addAction(member, room1, { title: "Flyer maken", ownerName: "Mila", partners: "bibliotheek" });
    expect(action).toMatchObject({ title: "Flyer maken", ownerName: "Mila", partners: "bibliotheek", sourceNoteId: null });

    const byMember = await updateAction(member, room1, action.id, { status: "doing", dueOn: "2027-03-01" });
    expect(byMember).toMatchObject({ status: "doing", dueOn: "2027-03-01", ownerName: "Mila", title: "Flyer maken" });
    const byTrainer = await updateAction(trainer, room1, action.id, { ownerName: "", partners: "school, ouders" });
    expect(byTrainer).toMatchObject({ status: "doing", ownerName: null, partners: "school, ouders" });

    const before = await db.prisma.action.findMany({ orderBy: { id: "asc" } });
    for (const outsider of [otherGroupMember, otherCohortTrainer]) {
      await expectAppError(listActionPlan(outsider, room1), "forbidden", 403);
      await expectAppError(addAction(outsider, room1, { title: "Ingebroken" }), "forbidden", 403);
      await expectAppError(updateAction(outsider, room1, action.id, { status: "done" }), "forbidden", 403);
      await expectAppError(deleteAction(outsider, room1, action.id), "forbidden", 403);
    }
    // A read-only viewer of a room (a demo room's RoomMember) may not change its actions either.
    const demoRoom = await db.createRoom("Demo");
    await db.prisma.roomMember.create({ data: { roomId: demoRoom, userId: otherGroupMember, role: "viewer" } });
    await expectAppError(addAction(otherGroupMember, demoRoom, { title: "Kijker" }), "forbidden", 403);
    // Someone of group 2 cannot reach group 1's action through their own room either.
    await expectAppError(updateAction(otherGroupMember, room2, action.id, { status: "done" }), "action_not_found", 404);
    expect(await db.prisma.action.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    await expectAppError(updateAction(member, room1, action.id, {}), "invalid_action", 400);
    await expectAppError(updateAction(member, room1, action.id, { status: "finished" }), "invalid_action", 400);
    expect(await deleteAction(trainer, room1, action.id)).toEqual({ id: action.id });
    await expectAppError(deleteAction(member, room1, action.id), "action_not_found", 404);
  });

  it("overdue actions are flagged", async () => {
    const late = await addAction(otherGroupMember, room2, { title: "Te laat", dueOn: "2027-01-14" });
    await addAction(otherGroupMember, room2, { title: "Vandaag", dueOn: "2027-01-15" });
    await addAction(otherGroupMember, room2, { title: "Klaar maar laat", dueOn: "2027-01-01", status: "done" });
    const alsoLate = await addAction(trainer, room2, { title: "Ook te laat", dueOn: "2027-01-10", status: "doing" });
    await addAction(trainer, room2, { title: "Zonder datum" });

    const plan = await listActionPlan(otherGroupMember, room2, "2027-01-15");
    expect(plan.today).toBe("2027-01-15");
    expect(plan.actions.map((action) => action.title)).toEqual([
      "Ook te laat",
      "Te laat",
      "Vandaag",
      "Zonder datum",
      "Klaar maar laat",
    ]);

    const plans = await listCohortActionPlans(cohortId, { userId: trainer, role: "trainer" }, "2027-01-15");
    expect(plans.map(({ groupName, overdueCount }) => ({ groupName, overdueCount }))).toEqual([
      { groupName: "Group 1", overdueCount: 0 },
      { groupName: "Group 2", overdueCount: 2 },
    ]);
    // Done is no longer overdue; a participant sees only their own group.
    await updateAction(otherGroupMember, room2, late.id, { status: "done" });
    await updateAction(trainer, room2, alsoLate.id, { dueOn: null });
    const own = await listCohortActionPlans(cohortId, { userId: otherGroupMember, role: "participant" }, "2027-01-15");
    expect(own.map(({ groupName, overdueCount }) => ({ groupName, overdueCount }))).toEqual([
      { groupName: "Group 2", overdueCount: 0 },
    ]);
  });
});
