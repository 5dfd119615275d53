/**
 * Who may do what in a group's room, and the access checks routes call: the authorization matrix
 * on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { assertCohortOwner } from "@/lib/server/access/assert-cohort-owner";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { assertTrainer } from "@/lib/server/access/assert-trainer";
import { cohortRoleOf } from "@/lib/server/access/cohort-role-of";
import { isAdmin } from "@/lib/server/access/is-admin";
import type { SessionUser } from "@/lib/server/auth/session";
import { addCoTrainer } from "@/lib/server/cohorts/add-co-trainer";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { removeCoTrainer } from "@/lib/server/cohorts/remove-co-trainer";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "./test-helpers";

let db: TestDatabase;
const people = {} as Record<
  "trainerA" | "coTrainerA" | "trainerB" | "admin" | "member1" | "member2" | "guestOfB" | "nobody",
  SessionUser
>;
let cohortA: string;
let cohortB: string;
let room1: string;
let room2: string;

async function trainer(name: string, admin = false): Promise<SessionUser> {
  const user = await makeTrainer(db.prisma, name, admin);
  return { id: user.id, name: user.name, kind: "trainer" };
}

async function participant(code: string, name: string): Promise<SessionUser> {
  const joined = await joinByCode({ code, name });
  return { id: joined.userId, name, kind: "guest" };
}

beforeAll(async () => {
  db = await createTestDatabase();
  people.trainerA = await trainer("Trainer A");
  people.coTrainerA = await trainer("Co-trainer A");
  people.trainerB = await trainer("Trainer B");
  people.admin = await trainer("Admin", true);
  const a = await createCohort(people.trainerA.id, { name: "A", fromProgramme: true });
  const b = await createCohort(people.trainerB.id, { name: "B", fromProgramme: true });
  cohortA = a.id;
  cohortB = b.id;
  await addCoTrainer(
    cohortA,
    (await db.prisma.user.findUniqueOrThrow({ where: { id: people.coTrainerA.id } })).email!,
  );
  const group1 = await createGroup(cohortA, "Group 1", people.trainerA.id);
  const group2 = await createGroup(cohortA, "Group 2", people.trainerA.id);
  room1 = group1.roomId;
  room2 = group2.roomId;
  people.member1 = await participant(a.joinCode, "Member 1");
  people.member2 = await participant(a.joinCode, "Member 2");
  await assignParticipant(cohortA, people.member1.id, group1.id);
  await assignParticipant(cohortA, people.member2.id, group2.id);
  await createGroup(cohortB, "B's group", people.trainerB.id);
  people.guestOfB = await participant(b.joinCode, "Guest of B");
  people.nobody = {
    id: (await db.prisma.user.create({ data: { kind: "guest", name: "Nobody" } })).id,
    name: "Nobody",
    kind: "guest",
  };
});
afterAll(async () => {
  await db?.drop();
});

describe(`room and cohort access on ${testDatabaseProvider()}`, () => {
  it("gives group 1's room to cohort A's trainers and group 1 only", async () => {
    const facilitator = { role: "editor", facilitator: true, roomName: "Group 1" };
    const participantAccess = { role: "editor", facilitator: false, roomName: "Group 1" };
    expect(await findRoomAccess(people.trainerA.id, room1)).toEqual(facilitator);
    expect(await findRoomAccess(people.coTrainerA.id, room1)).toEqual(facilitator);
    expect(await findRoomAccess(people.admin.id, room1)).toEqual(facilitator);
    expect(await findRoomAccess(people.member1.id, room1)).toEqual(participantAccess);
    expect(await findRoomAccess(people.trainerB.id, room1)).toBeNull();
    expect(await findRoomAccess(people.member2.id, room1)).toBeNull();
    expect(await findRoomAccess(people.guestOfB.id, room1)).toBeNull();
    expect(await findRoomAccess(people.nobody.id, room1)).toBeNull();
    expect(await findRoomAccess("no-such-user", room1)).toBeNull();
    expect(await findRoomAccess(people.trainerA.id, "no-such-room")).toBeNull();
    expect(await findRoomAccess(people.member2.id, room2)).toMatchObject({ facilitator: false });
  });

  it("takes a removed co-trainer's access away, even to a room they created", async () => {
    const cohort = await createCohort(people.trainerA.id, { name: "Temp", fromProgramme: false });
    const co = await trainer("Temporary co-trainer");
    const coEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: co.id } })).email!;
    await addCoTrainer(cohort.id, coEmail);
    const group = await createGroup(cohort.id, "Made by co", co.id);
    expect(await findRoomAccess(co.id, group.roomId)).toMatchObject({ facilitator: true });
    await removeCoTrainer(cohort.id, co.id);
    expect(await findRoomAccess(co.id, group.roomId)).toBeNull();
    await expectAppError(assertCohortTrainer(co, cohort.id), "forbidden", 403);
  });

  it("knows each person's role in a cohort", async () => {
    expect(await cohortRoleOf(people.trainerA.id, cohortA)).toBe("trainer");
    expect(await cohortRoleOf(people.coTrainerA.id, cohortA)).toBe("trainer");
    expect(await cohortRoleOf(people.admin.id, cohortA)).toBe("trainer");
    expect(await cohortRoleOf(people.member1.id, cohortA)).toBe("participant");
    expect(await cohortRoleOf(people.trainerB.id, cohortA)).toBeNull();
    expect(await cohortRoleOf(people.guestOfB.id, cohortA)).toBeNull();
    expect(await cohortRoleOf(people.guestOfB.id, cohortB)).toBe("participant");
    expect(await cohortRoleOf(people.admin.id, "no-such-cohort")).toBeNull();
  });

  it("asserts trainers, members, owners and admins with 401/403/404", async () => {
    await expect(assertCohortTrainer(people.trainerA, cohortA)).resolves.toEqual(people.trainerA);
    await expect(assertCohortTrainer(people.coTrainerA, cohortA)).resolves.toBeTruthy();
    await expectAppError(assertCohortTrainer(null, cohortA), "unauthenticated", 401);
    await expectAppError(assertCohortTrainer(people.trainerB, cohortA), "forbidden", 403);
    await expectAppError(assertCohortTrainer(people.member1, cohortA), "forbidden", 403);
    await expectAppError(assertCohortTrainer(people.trainerA, "missing"), "cohort_not_found", 404);

    expect(await assertCohortMember(people.member1, cohortA)).toBe("participant");
    expect(await assertCohortMember(people.trainerA, cohortA)).toBe("trainer");
    await expectAppError(assertCohortMember(people.guestOfB, cohortA), "forbidden", 403);
    await expectAppError(assertCohortMember(people.nobody, cohortA), "forbidden", 403);
    await expectAppError(assertCohortMember(null, cohortA), "unauthenticated", 401);

    await expect(assertCohortOwner(people.trainerA, cohortA)).resolves.toBeTruthy();
    await expect(assertCohortOwner(people.admin, cohortA)).resolves.toBeTruthy();
    await expectAppError(assertCohortOwner(people.coTrainerA, cohortA), "forbidden", 403);

    await expect(assertTrainer(people.trainerB)).resolves.toBeTruthy();
    await expectAppError(assertTrainer(people.member1), "forbidden", 403);
    await expectAppError(assertTrainer(null), "unauthenticated", 401);
    // A session claiming "trainer" for a guest account is not believed.
    await expectAppError(assertTrainer({ ...people.member1, kind: "trainer" }), "forbidden", 403);

    await expect(assertAdmin(people.admin)).resolves.toBeTruthy();
    await expectAppError(assertAdmin(people.trainerA), "forbidden", 403);
    await expectAppError(assertAdmin(null), "unauthenticated", 401);
    expect(await isAdmin(people.admin.id)).toBe(true);
    expect(await isAdmin(people.trainerA.id)).toBe(false);
  });
});
