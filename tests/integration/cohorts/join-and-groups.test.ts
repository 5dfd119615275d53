/** Joining a cohort by code, groups, codes and removal on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { closeJoinCode } from "@/lib/server/cohorts/close-join-code";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { listCohortsForUser } from "@/lib/server/cohorts/list-cohorts-for-user";
import { removeParticipant } from "@/lib/server/cohorts/remove-participant";
import { renameParticipant } from "@/lib/server/cohorts/rename-participant";
import { renewJoinCode } from "@/lib/server/cohorts/renew-join-code";
import { splitParticipantsEvenly } from "@/lib/server/cohorts/split-participants-evenly";
import { cohortRoleOf } from "@/lib/server/access/cohort-role-of";
import { createRoom } from "@/lib/server/rooms/create-room";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";
import { expectAppError, makeTrainer, openCodeOf } from "./test-helpers";

let db: TestDatabase;
let trainerId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  trainerId = (await makeTrainer(db.prisma)).id;
});
afterAll(async () => {
  await db?.drop();
});

async function newCohort(name = "Cohort") {
  return createCohort(trainerId, { name, fromProgramme: true });
}

function cohortJoin(result: Awaited<ReturnType<typeof joinByCode>>) {
  if (result.kind !== "cohort") throw new Error(`expected a cohort join, got ${result.kind}`);
  return result;
}

describe(`joining cohorts on ${testDatabaseProvider()}`, () => {
  it("lets a participant wait without groups, then puts newcomers in the smallest group", async () => {
    const cohort = await newCohort();
    const early = cohortJoin(
      await joinByCode({ code: cohort.joinCode.toLowerCase(), name: " Ann " }),
    );
    expect(early).toMatchObject({
      kind: "cohort",
      cohortId: cohort.id,
      groupId: null,
      roomId: null,
      name: "Ann",
      createdUser: true,
    });
    expect(await cohortRoleOf(early.userId, cohort.id)).toBe("participant");
    expect((await listCohortsForUser({ id: early.userId })).map((c) => c.id)).toEqual([cohort.id]);

    const groupA = await createGroup(cohort.id, "A", trainerId);
    const groupB = await createGroup(cohort.id, "B", trainerId);
    // Ties go to the group created first; then to whichever is smaller.
    const bea = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Bea" }));
    expect(bea).toMatchObject({ groupId: groupA.id, roomId: groupA.roomId });
    const cas = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Cas" }));
    expect(cas.groupId).toBe(groupB.id);
    const dirk = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Dirk" }));
    expect(dirk.groupId).toBe(groupA.id);
    // Ann still waits (not auto-moved); the trainer places her.
    await assignParticipant(cohort.id, early.userId, groupB.id);
    const overview = await getCohortOverview(cohort.id);
    expect(overview.groups.map((g) => g.participantCount)).toEqual([2, 2]);
    expect(overview.participants.map((p) => [p.displayName, p.groupId])).toEqual([
      ["Ann", groupB.id],
      ["Bea", groupA.id],
      ["Cas", groupB.id],
      ["Dirk", groupA.id],
    ]);
  });

  it("keeps the same identity, name and group when the same device joins again", async () => {
    const cohort = await newCohort();
    const group = await createGroup(cohort.id, "Only", trainerId);
    const first = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Eva" }));
    await renameParticipant(cohort.id, first.userId, "Eva V.");
    const again = cohortJoin(
      await joinByCode({ code: cohort.joinCode, name: "Someone else", guestUserId: first.userId }),
    );
    expect(again).toMatchObject({
      userId: first.userId,
      name: "Eva V.",
      groupId: group.id,
      createdUser: false,
    });
    expect(await db.prisma.cohortParticipant.count({ where: { cohortId: cohort.id } })).toBe(1);

    // A trainer's id passed as the device's guest id is not taken over: a new guest is made.
    const asTrainer = cohortJoin(
      await joinByCode({ code: cohort.joinCode, name: "Fay", guestUserId: trainerId }),
    );
    expect(asTrainer.userId).not.toBe(trainerId);
    expect(asTrainer.createdUser).toBe(true);
  });

  it("refuses unknown and closed codes with 404; renewing closes the old code", async () => {
    const cohort = await newCohort();
    await expectAppError(joinByCode({ code: "ZZZZZZ", name: "X" }), "join_code_not_found", 404);
    await expectAppError(joinByCode({ code: "nonsense!", name: "X" }), "join_code_not_found", 404);

    const renewed = await renewJoinCode(cohort.id);
    expect(renewed.code).not.toBe(cohort.joinCode);
    expect(await openCodeOf(db.prisma, cohort.id)).toBe(renewed.code);
    expect((await getCohortOverview(cohort.id)).joinCode).toBe(renewed.code);
    await expectAppError(
      joinByCode({ code: cohort.joinCode, name: "X" }),
      "join_code_not_found",
      404,
    );
    cohortJoin(await joinByCode({ code: renewed.code, name: "With new code" }));

    await closeJoinCode(cohort.id);
    expect((await getCohortOverview(cohort.id)).joinCode).toBeNull();
    await expectAppError(joinByCode({ code: renewed.code, name: "X" }), "join_code_not_found", 404);
    const reopened = await renewJoinCode(cohort.id);
    cohortJoin(await joinByCode({ code: reopened.code, name: "After reopening" }));
  });

  it("still joins plain rooms by their room code", async () => {
    const room = await createRoom({ name: "Demo-like", ownerId: trainerId, joinCode: "R00M42" });
    const joined = await joinByCode({ code: "r00m42", name: "Gus" });
    expect(joined).toMatchObject({
      kind: "room",
      roomId: room.roomId,
      roomName: "Demo-like",
      role: "editor",
      facilitator: false,
      name: "Gus",
    });
  });

  it("splits all participants evenly over the groups, round-robin", async () => {
    const cohort = await newCohort();
    await expectAppError(splitParticipantsEvenly(cohort.id), "no_groups", 409);
    const names = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];
    const joined = [];
    for (const name of names)
      joined.push(cohortJoin(await joinByCode({ code: cohort.joinCode, name })));
    const groups = [
      await createGroup(cohort.id, "G1", trainerId),
      await createGroup(cohort.id, "G2", trainerId),
      await createGroup(cohort.id, "G3", trainerId),
    ];
    // Lopsided on purpose: everyone in G1 but the last one, who was removed.
    for (const participant of joined)
      await assignParticipant(cohort.id, participant.userId, groups[0]!.id);
    await removeParticipant(cohort.id, joined[6]!.userId);

    const counts = await splitParticipantsEvenly(cohort.id);
    expect(counts).toEqual({ [groups[0]!.id]: 2, [groups[1]!.id]: 2, [groups[2]!.id]: 2 });
    const overview = await getCohortOverview(cohort.id);
    expect(overview.groups.map((g) => g.participantCount)).toEqual([2, 2, 2]);
    expect(overview.participants.map((p) => p.groupId)).toEqual([
      groups[0]!.id,
      groups[1]!.id,
      groups[2]!.id,
      groups[0]!.id,
      groups[1]!.id,
      groups[2]!.id,
    ]);
  });

  it("removes a participant (room access gone at once) and restores them when they rejoin", async () => {
    const cohort = await newCohort();
    const group = await createGroup(cohort.id, "Room group", trainerId);
    const hans = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Hans" }));
    expect(await findRoomAccess(hans.userId, group.roomId)).toMatchObject({ role: "editor" });

    await removeParticipant(cohort.id, hans.userId);
    expect(await findRoomAccess(hans.userId, group.roomId)).toBeNull();
    expect(await cohortRoleOf(hans.userId, cohort.id)).toBeNull();
    expect(await listCohortsForUser({ id: hans.userId })).toEqual([]);
    expect((await getCohortOverview(cohort.id)).participants).toEqual([]);
    await expectAppError(removeParticipant(cohort.id, hans.userId), "participant_not_found", 404);
    await expectAppError(
      assignParticipant(cohort.id, hans.userId, group.id),
      "participant_not_found",
      404,
    );

    const back = cohortJoin(
      await joinByCode({ code: cohort.joinCode, name: "Hans", guestUserId: hans.userId }),
    );
    expect(back).toMatchObject({ userId: hans.userId, groupId: group.id, createdUser: false });
    expect(await findRoomAccess(hans.userId, group.roomId)).toEqual({
      role: "editor",
      facilitator: false,
      roomName: "Room group",
    });
  });

  it("moves participants between groups and out of groups", async () => {
    const cohort = await newCohort();
    const one = await createGroup(cohort.id, "One", trainerId);
    const two = await createGroup(cohort.id, "Two", trainerId);
    const iris = cohortJoin(await joinByCode({ code: cohort.joinCode, name: "Iris" }));
    expect(iris.groupId).toBe(one.id);
    await assignParticipant(cohort.id, iris.userId, two.id);
    expect(await findRoomAccess(iris.userId, one.roomId)).toBeNull();
    expect(await findRoomAccess(iris.userId, two.roomId)).not.toBeNull();
    await assignParticipant(cohort.id, iris.userId, null);
    expect(await findRoomAccess(iris.userId, two.roomId)).toBeNull();

    const foreign = await createGroup((await newCohort("Foreign")).id, "Elsewhere", trainerId);
    await expectAppError(
      assignParticipant(cohort.id, iris.userId, foreign.id),
      "group_not_found",
      404,
    );
  });
});
