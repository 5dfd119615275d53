/**
 * A trainer makes a participant facilitator of a room and takes it back: setRoomFacilitator and
 * what findRoomAccess then answers, on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE=postgres).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { setRoomFacilitator } from "@/lib/server/rooms/set-room-facilitator";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let db: TestDatabase;
let trainerA: string;
let trainerB: string;
let member1: string;
let member1b: string;
let member2: string;
let outsider: string;
let room1: string;

beforeAll(async () => {
  db = await createTestDatabase();
  trainerA = (await makeTrainer(db.prisma, "Trainer A")).id;
  trainerB = (await makeTrainer(db.prisma, "Trainer B")).id;
  const cohort = await createCohort(trainerA, { name: "A", fromProgramme: true });
  const group1 = await createGroup(cohort.id, "Group 1", trainerA);
  const group2 = await createGroup(cohort.id, "Group 2", trainerA);
  room1 = group1.roomId;
  member1 = (await joinByCode({ code: cohort.joinCode, name: "Member 1" })).userId;
  member1b = (await joinByCode({ code: cohort.joinCode, name: "Member 1b" })).userId;
  member2 = (await joinByCode({ code: cohort.joinCode, name: "Member 2" })).userId;
  await assignParticipant(cohort.id, member1, group1.id);
  await assignParticipant(cohort.id, member1b, group1.id);
  await assignParticipant(cohort.id, member2, group2.id);
  outsider = (await db.prisma.user.create({ data: { kind: "guest", name: "Outsider" } })).id;
});
afterAll(async () => {
  await db?.drop();
});

describe(`room facilitators (${testDatabaseProvider()})`, () => {
  it("a group participant is no facilitator until the trainer makes them one", async () => {
    expect(await findRoomAccess(member1, room1)).toMatchObject({ role: "editor", facilitator: false });
    expect(await setRoomFacilitator(trainerA, room1, member1, true)).toEqual({ userId: member1, facilitator: true });
    expect(await findRoomAccess(member1, room1)).toMatchObject({ role: "editor", facilitator: true });
    // Only that participant, only that room.
    expect(await findRoomAccess(member1b, room1)).toMatchObject({ facilitator: false });
  });

  it("taking it back makes them a plain participant again", async () => {
    await setRoomFacilitator(trainerA, room1, member1, true);
    await setRoomFacilitator(trainerA, room1, member1, false);
    expect(await findRoomAccess(member1, room1)).toMatchObject({ role: "editor", facilitator: false });
  });

  it("a RoomMember row never grants a group room by itself", async () => {
    await db.prisma.roomMember.create({ data: { roomId: room1, userId: outsider, role: "editor", facilitator: true } });
    await db.prisma.roomMember.create({ data: { roomId: room1, userId: member2, role: "editor", facilitator: true } });
    expect(await findRoomAccess(outsider, room1)).toBeNull();
    expect(await findRoomAccess(member2, room1)).toBeNull();
  });

  it("only a trainer who facilitates the room may promote", async () => {
    await setRoomFacilitator(trainerA, room1, member1, true);
    // A promoted participant cannot promote others.
    await expectAppError(setRoomFacilitator(member1, room1, member1b, true), "forbidden", 403);
    // Another cohort's trainer has no access to the room.
    await expectAppError(setRoomFacilitator(trainerB, room1, member1b, true), "forbidden", 403);
    await expectAppError(setRoomFacilitator(outsider, room1, member1b, true), "forbidden", 403);
    expect(await findRoomAccess(member1b, room1)).toMatchObject({ facilitator: false });
    await setRoomFacilitator(trainerA, room1, member1, false);
  });

  it("the target must be a participant of the room", async () => {
    await expectAppError(setRoomFacilitator(trainerA, room1, member2, true), "participant_not_found", 404);
    await expectAppError(setRoomFacilitator(trainerA, room1, "no-such-user", true), "participant_not_found", 404);
    await expectAppError(setRoomFacilitator(trainerA, room1, trainerA, false), "not_a_participant", 409);
  });

  it("works in a demo-style room through its RoomMember rows", async () => {
    const roomId = await db.createRoom("Demo-like room");
    const owner = await db.prisma.roomMember.findFirstOrThrow({ where: { roomId, facilitator: true } });
    const guest = (await db.prisma.user.create({ data: { kind: "guest", name: "Guest" } })).id;
    await db.prisma.roomMember.create({ data: { roomId, userId: guest, role: "editor" } });
    const ownerKind = (await db.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } })).kind;
    if (ownerKind !== "trainer") await db.prisma.user.update({ where: { id: owner.userId }, data: { kind: "trainer" } });
    await setRoomFacilitator(owner.userId, roomId, guest, true);
    expect(await findRoomAccess(guest, roomId)).toMatchObject({ role: "editor", facilitator: true });
    await setRoomFacilitator(owner.userId, roomId, guest, false);
    expect(await findRoomAccess(guest, roomId)).toMatchObject({ role: "editor", facilitator: false });
  });
});
