/** Cohorts, course sessions, groups and co-trainers on a real database (SQLite or PostgreSQL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCoTrainer } from "@/lib/server/cohorts/add-co-trainer";
import { addCourseSession } from "@/lib/server/cohorts/add-course-session";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { deleteCourseSession } from "@/lib/server/cohorts/delete-course-session";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { listCohortsForUser } from "@/lib/server/cohorts/list-cohorts-for-user";
import { removeCoTrainer } from "@/lib/server/cohorts/remove-co-trainer";
import { renameGroup } from "@/lib/server/cohorts/rename-group";
import { reorderCourseSessions } from "@/lib/server/cohorts/reorder-course-sessions";
import { updateCohort } from "@/lib/server/cohorts/update-cohort";
import { updateCourseSession } from "@/lib/server/cohorts/update-course-session";
import { createInitialDocumentUpdate } from "@/lib/server/rooms/initial-document";
import { COURSE_PROGRAMME } from "@/lib/shared/programme";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "./test-helpers";

let db: TestDatabase;
let owner: Awaited<ReturnType<typeof makeTrainer>>;
beforeAll(async () => {
  db = await createTestDatabase();
  owner = await makeTrainer(db.prisma, "Owner");
});
afterAll(async () => {
  await db?.drop();
});

describe(`cohorts on ${testDatabaseProvider()}`, () => {
  it("creates a cohort from the programme: sessions in course order, an open code, the owner", async () => {
    const cohort = await createCohort(owner.id, {
      name: " Najaar 2026 ",
      organisation: "Stad Gent",
      startsOn: "2026-09-01",
      endsOn: "2026-12-15",
      fromProgramme: true,
    });
    expect(cohort).toMatchObject({ name: "Najaar 2026", organisation: "Stad Gent" });
    expect(cohort.startsOn?.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(cohort.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

    const overview = await getCohortOverview(cohort.id);
    expect(overview.sessions.map((session) => session.title)).toEqual(
      COURSE_PROGRAMME.map((session) => session.title.nl),
    );
    expect(overview.sessions.map((session) => session.kind)).toEqual([
      "session",
      "session",
      "work",
      "session",
      "work",
      "session",
      "work",
      "session",
    ]);
    expect(overview.sessions[0]?.title).toBe("Introductie in cocreatie");
    expect(overview.sessions.at(-1)?.title).toBe("Opvolgen en evalueren van cocreatie");
    expect(overview.joinCode).toBe(cohort.joinCode);
    expect(overview.trainers).toEqual([
      { userId: owner.id, name: "Owner", email: owner.email, role: "owner" },
    ]);
    expect(overview.groups).toEqual([]);
    expect(overview.participants).toEqual([]);
  });

  it("creates an empty cohort and refuses an end before the start or a guest as owner", async () => {
    const cohort = await createCohort(owner.id, { name: "Leeg", fromProgramme: false });
    expect((await getCohortOverview(cohort.id)).sessions).toEqual([]);
    expect(cohort.organisation).toBeNull();
    await expectAppError(
      createCohort(owner.id, {
        name: "Backwards",
        startsOn: "2026-05-01",
        endsOn: "2026-04-01",
        fromProgramme: false,
      }),
      "invalid_dates",
      400,
    );
    const guest = await db.prisma.user.create({ data: { kind: "guest", name: "G" } });
    await expectAppError(
      createCohort(guest.id, { name: "Nope", fromProgramme: false }),
      "user_not_found",
      404,
    );
    await expectAppError(getCohortOverview("missing"), "cohort_not_found", 404);
  });

  it("edits, adds, deletes and reorders sessions", async () => {
    const cohort = await createCohort(owner.id, { name: "Edit me", fromProgramme: true });
    const before = (await getCohortOverview(cohort.id)).sessions;
    const ids = before.map((session) => session.id);

    const edited = await updateCourseSession(cohort.id, ids[0]!, {
      title: "Kick-off",
      startsAt: "2026-09-01T09:00:00.000Z",
    });
    expect(edited).toMatchObject({ title: "Kick-off", kind: "session", position: 0 });
    expect(edited.startsAt?.toISOString()).toBe("2026-09-01T09:00:00.000Z");
    await updateCourseSession(cohort.id, ids[0]!, { startsAt: null });

    const added = await addCourseSession(cohort.id, { title: "Terugkomdag", kind: "work" });
    expect(added.position).toBe(before.length);
    await deleteCourseSession(cohort.id, ids[2]!); // 2b, optional

    const remaining = [...ids.filter((id) => id !== ids[2]), added.id];
    const reversed = [...remaining].reverse();
    await reorderCourseSessions(cohort.id, reversed);
    const after = (await getCohortOverview(cohort.id)).sessions;
    expect(after.map((session) => session.id)).toEqual(reversed);
    expect(after.map((session) => session.position)).toEqual(reversed.map((_, index) => index));
    expect(after.at(-1)).toMatchObject({ title: "Kick-off", startsAt: null });

    // Stale or foreign lists are refused and change nothing.
    await expectAppError(reorderCourseSessions(cohort.id, reversed.slice(1)), "invalid_order", 400);
    await expectAppError(
      reorderCourseSessions(cohort.id, [...reversed.slice(1), reversed[1]!]),
      "invalid_order",
      400,
    );
    const other = await createCohort(owner.id, { name: "Other", fromProgramme: true });
    const foreignId = (await getCohortOverview(other.id)).sessions[0]!.id;
    await expectAppError(
      updateCourseSession(cohort.id, foreignId, { title: "Hijack" }),
      "session_not_found",
      404,
    );
    await expectAppError(deleteCourseSession(cohort.id, foreignId), "session_not_found", 404);
    expect((await getCohortOverview(cohort.id)).sessions.map((s) => s.id)).toEqual(reversed);
  });

  it("updates the cohort's details", async () => {
    const cohort = await createCohort(owner.id, { name: "Old", fromProgramme: false });
    const updated = await updateCohort(cohort.id, {
      name: "New",
      organisation: "",
      startsOn: "2027-01-10",
    });
    expect(updated).toMatchObject({ name: "New", organisation: null });
    expect(updated.startsOn?.toISOString()).toBe("2027-01-10T00:00:00.000Z");
    await expectAppError(updateCohort(cohort.id, { endsOn: "2027-01-01" }), "invalid_dates", 400);
  });

  it("creates a group with its own room holding the five-stage template, and renames both", async () => {
    const cohort = await createCohort(owner.id, { name: "Groups", fromProgramme: true });
    const group = await createGroup(cohort.id, " Groep A ", owner.id);
    expect(group).toMatchObject({ name: "Groep A", participantCount: 0 });

    const room = await db.prisma.room.findUniqueOrThrow({
      where: { id: group.roomId },
      select: { name: true, ownerId: true, snapshot: { select: { data: true } } },
    });
    expect(room).toMatchObject({ name: "Groep A", ownerId: owner.id });
    const expected = new Y.Doc();
    Y.applyUpdate(expected, createInitialDocumentUpdate());
    const actual = new Y.Doc();
    Y.applyUpdate(actual, room.snapshot!.data);
    for (const name of expected.share.keys()) {
      expect(actual.get(name).toJSON()).toEqual(expected.get(name).toJSON());
    }

    await renameGroup(cohort.id, group.id, "Groep Zon");
    expect((await db.prisma.room.findUniqueOrThrow({ where: { id: group.roomId } })).name).toBe(
      "Groep Zon",
    );
    const overview = await getCohortOverview(cohort.id);
    expect(overview.groups).toEqual([
      expect.objectContaining({ id: group.id, name: "Groep Zon", roomId: group.roomId }),
    ]);
    const other = await createCohort(owner.id, { name: "Not yours", fromProgramme: false });
    await expectAppError(renameGroup(other.id, group.id, "X"), "group_not_found", 404);
    await expectAppError(createGroup("missing", "X", owner.id), "cohort_not_found", 404);
  });

  it("adds co-trainers by email, lists cohorts per user, and protects the owner", async () => {
    const cohort = await createCohort(owner.id, { name: "Shared", fromProgramme: false });
    const co = await makeTrainer(db.prisma, "Co");
    const added = await addCoTrainer(cohort.id, co.email!.toUpperCase());
    expect(added).toEqual({ userId: co.id, name: "Co", email: co.email, role: "co" });
    expect((await addCoTrainer(cohort.id, owner.email!)).role).toBe("owner");
    await expectAppError(addCoTrainer(cohort.id, "nobody@example.org"), "trainer_not_found", 404);

    const coCohorts = await listCohortsForUser({ id: co.id });
    expect(coCohorts.map((c) => c.id)).toEqual([cohort.id]);
    expect(coCohorts[0]?.role).toBe("trainer");
    const admin = await makeTrainer(db.prisma, "Admin", true);
    const all = await listCohortsForUser({ id: admin.id });
    expect(all.length).toBe(await db.prisma.cohort.count());
    expect(await listCohortsForUser({ id: "missing" })).toEqual([]);

    await expectAppError(removeCoTrainer(cohort.id, owner.id), "cannot_remove_owner", 409);
    await removeCoTrainer(cohort.id, co.id);
    expect(await listCohortsForUser({ id: co.id })).toEqual([]);
    await expectAppError(removeCoTrainer(cohort.id, co.id), "trainer_not_found", 404);
  });
});
