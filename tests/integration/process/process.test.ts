/**
 * Success and risk factors and the stakeholder map on a real database (SQLite, or PostgreSQL
 * with TEST_DATABASE=postgres): a group rates its process at two sessions and sees both rounds
 * side by side, names risks, keeps its partners; bad input stores nothing; other groups are
 * refused; the trainer sees every group for one session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { SessionUser } from "@/lib/server/auth/session";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { createPartner } from "@/lib/server/partners/create-partner";
import { deletePartner } from "@/lib/server/partners/delete-partner";
import { listPartners } from "@/lib/server/partners/list-partners";
import { updatePartner } from "@/lib/server/partners/update-partner";
import { createProcessRisk } from "@/lib/server/process/create-process-risk";
import { deleteProcessRisk } from "@/lib/server/process/delete-process-risk";
import { getCohortProcessOverview } from "@/lib/server/process/get-cohort-process-overview";
import { getGroupProcess } from "@/lib/server/process/get-group-process";
import { saveFactorRatings } from "@/lib/server/process/save-factor-ratings";
import { updateProcessRisk } from "@/lib/server/process/update-process-risk";
import { compareGroups, compareRounds } from "@/lib/shared/process/factor-comparison";
import { PROCESS_FACTORS } from "@/lib/shared/process/factors";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let db: TestDatabase;
let cohortId: string;
let session1: string;
let session2: string;
let group1: string;
let group2: string;
let trainer: SessionUser;
let member: SessionUser;
let otherGroupMember: SessionUser;

const guest = (id: string, name: string): SessionUser => ({ id, name, kind: "guest" });
/** Every factor rated `rating`, with `overrides` per factor. */
const ratingsOf = (rating: number, overrides: Record<string, number> = {}) =>
  PROCESS_FACTORS.map((factor) => ({ factor, rating: overrides[factor] ?? rating, note: null }));

beforeAll(async () => {
  db = await createTestDatabase();
  const trainerRow = await makeTrainer(db.prisma, "Tineke");
  trainer = { id: trainerRow.id, name: trainerRow.name, kind: "trainer" };
  const cohort = await createCohort(trainer.id, { name: "Proces", fromProgramme: true });
  cohortId = cohort.id;
  const sessions = await db.prisma.courseSession.findMany({ where: { cohortId }, orderBy: { position: "asc" } });
  session1 = sessions[0]!.id;
  session2 = sessions[1]!.id;
  group1 = (await createGroup(cohortId, "Groep 1", trainer.id)).id;
  group2 = (await createGroup(cohortId, "Groep 2", trainer.id)).id;
  member = guest((await joinByCode({ code: cohort.joinCode, name: "Mila" })).userId, "Mila");
  otherGroupMember = guest((await joinByCode({ code: cohort.joinCode, name: "Otis" })).userId, "Otis");
  await assignParticipant(cohortId, member.id, group1);
  await assignParticipant(cohortId, otherGroupMember.id, group2);
});
afterAll(async () => {
  await db?.drop();
});

describe(`success and risk factors on ${testDatabaseProvider()}`, () => {
  it("factor ratings from two sessions are both kept and shown side by side", async () => {
    const first = await getGroupProcess(member, cohortId, group1);
    expect(first.defaultSessionId).toBe(session1); // no session has started: the first one
    expect(first.rounds).toEqual([]);

    await saveFactorRatings(member, cohortId, group1, {
      sessionId: session1,
      ratings: ratingsOf(2, { sharedGoal: 1 }).map((each) =>
        each.factor === "support" ? { ...each, note: "  Directie twijfelt nog  " } : each,
      ),
    });
    await saveFactorRatings(member, cohortId, group1, { sessionId: session2, ratings: ratingsOf(4, { sharedGoal: 5 }) });

    const view = await getGroupProcess(trainer, cohortId, group1);
    expect(view.rounds.map((round) => round.sessionId)).toEqual([session1, session2]);
    expect(view.rounds[0]!.ratings.support).toEqual({ rating: 2, note: "Directie twijfelt nog" });
    const comparison = compareRounds(view);
    expect(comparison.columns.map((column) => column.key)).toEqual([session1, session2]);
    expect(comparison.rows.find((row) => row.factor === "sharedGoal")!.values).toEqual({ [session1]: 1, [session2]: 5 });
    expect(comparison.rows.find((row) => row.factor === "followUp")!.values).toEqual({ [session1]: 2, [session2]: 4 });
  });

  it("saving a session again changes only the factors given, in that session only", async () => {
    await saveFactorRatings(member, cohortId, group1, {
      sessionId: session2,
      ratings: [{ factor: "facilitation", rating: 1, note: "Te weinig tijd" }],
    });
    const view = await getGroupProcess(member, cohortId, group1);
    expect(view.rounds[1]!.ratings.facilitation).toEqual({ rating: 1, note: "Te weinig tijd" });
    expect(view.rounds[1]!.ratings.diversity).toEqual({ rating: 4, note: null });
    expect(view.rounds[0]!.ratings.facilitation).toEqual({ rating: 2, note: null });
  });

  it("refuses invalid ratings with a 400 and stores nothing", async () => {
    const before = await db.prisma.factorRating.count();
    const invalid = [
      { sessionId: session1, ratings: [{ factor: "support", rating: 6 }] },
      { sessionId: session1, ratings: [{ factor: "support", rating: 2.5 }] },
      { sessionId: session1, ratings: [{ factor: "luck", rating: 3 }] },
      { sessionId: session1, ratings: [] },
      { sessionId: session1, ratings: [{ factor: "support", rating: 3 }, { factor: "support", rating: 4 }] },
      { sessionId: session1, ratings: [{ factor: "support", rating: 3, note: "x".repeat(281) }] },
      { ratings: [{ factor: "support", rating: 3 }] },
    ];
    for (const input of invalid) {
      await expect(saveFactorRatings(member, cohortId, group1, input)).rejects.toBeInstanceOf(ZodError);
    }
    await expect(createProcessRisk(member, cohortId, group1, { sessionId: session1, risk: "  " })).rejects.toBeInstanceOf(ZodError);
    await expectAppError(
      saveFactorRatings(member, cohortId, group1, { sessionId: "no-such-session", ratings: ratingsOf(3) }),
      "session_not_found",
      404,
    );
    expect(await db.prisma.factorRating.count()).toBe(before);
    expect(await db.prisma.processRisk.count()).toBe(0);
  });

  it("adds, edits and removes risks with their mitigations", async () => {
    const risk = await createProcessRisk(member, cohortId, group1, {
      sessionId: session1,
      risk: "Ouders haken af",
      mitigation: "Avondmoment inplannen",
    });
    await createProcessRisk(trainer, cohortId, group1, { sessionId: session2, risk: "Geen budget", mitigation: "" });
    expect(await updateProcessRisk(member, cohortId, group1, risk.id, { mitigation: "Bellen in plaats van mailen" })).toMatchObject({
      risk: "Ouders haken af",
      mitigation: "Bellen in plaats van mailen",
    });
    const view = await getGroupProcess(member, cohortId, group1);
    expect(view.risks.map(({ sessionId, risk, mitigation }) => ({ sessionId, risk, mitigation }))).toEqual([
      { sessionId: session1, risk: "Ouders haken af", mitigation: "Bellen in plaats van mailen" },
      { sessionId: session2, risk: "Geen budget", mitigation: null },
    ]);
    expect(await deleteProcessRisk(member, cohortId, group1, risk.id)).toEqual({ id: risk.id });
    expect((await getGroupProcess(member, cohortId, group1)).risks.map((each) => each.risk)).toEqual(["Geen budget"]);
  });

  it("refuses other groups, and reaching another group's risk through one's own", async () => {
    const before = await db.prisma.factorRating.count();
    await expectAppError(getGroupProcess(otherGroupMember, cohortId, group1), "forbidden", 403);
    await expectAppError(
      saveFactorRatings(otherGroupMember, cohortId, group1, { sessionId: session1, ratings: ratingsOf(5) }),
      "forbidden",
      403,
    );
    await expectAppError(getGroupProcess(null, cohortId, group1), "unauthenticated", 401);
    const theirs = await createProcessRisk(otherGroupMember, cohortId, group2, { sessionId: session1, risk: "Tijd" });
    await expectAppError(deleteProcessRisk(member, cohortId, group1, theirs.id), "risk_not_found", 404);
    await expectAppError(getCohortProcessOverview(member, cohortId), "forbidden", 403);
    expect(await db.prisma.factorRating.count()).toBe(before);
    expect(await db.prisma.processRisk.count({ where: { id: theirs.id } })).toBe(1);
  });

  it("shows the trainer every group side by side for one session", async () => {
    await saveFactorRatings(otherGroupMember, cohortId, group2, { sessionId: session1, ratings: ratingsOf(3) });
    const overview = await getCohortProcessOverview(trainer, cohortId, session1);
    expect(overview.sessionId).toBe(session1);
    const comparison = compareGroups(overview);
    expect(comparison.columns.map((column) => column.label)).toEqual(["Groep 1", "Groep 2"]);
    expect(comparison.rows.find((row) => row.factor === "sharedGoal")!.values).toEqual({ [group1]: 1, [group2]: 3 });
    expect(overview.groups.map((group) => group.risks.map((risk) => risk.risk))).toEqual([[], ["Tijd"]]);
    const later = await getCohortProcessOverview(trainer, cohortId, session2);
    expect(later.groups.map((group) => group.ratings.sharedGoal?.rating ?? null)).toEqual([5, null]);
  });
});

describe(`partners on ${testDatabaseProvider()}`, () => {
  it("adds, edits and removes partners and counts who took part", async () => {
    const teacher = await createPartner(member, cohortId, group1, {
      name: "Meester Jan",
      kind: "teacher",
      interest: 4,
      influence: 5,
      tookPart: true,
      note: "Kwam twee keer",
    });
    const parents = await createPartner(trainer, cohortId, group1, { name: "Oudercomité", kind: "parent", interest: 3, influence: 2 });
    await createPartner(member, cohortId, group1, { name: "Jeugdhuis", kind: "organisation", interest: 2, influence: 3 });
    expect(parents).toMatchObject({ tookPart: false, note: null });

    let list = await listPartners(member, cohortId, group1);
    expect(list.counts).toEqual({ tookPart: 1, total: 3 });
    expect(list.partners.map((partner) => partner.name)).toEqual(["Meester Jan", "Oudercomité", "Jeugdhuis"]);

    expect(await updatePartner(member, cohortId, group1, parents.id, { tookPart: true, influence: 4 })).toMatchObject({
      name: "Oudercomité",
      tookPart: true,
      influence: 4,
      interest: 3,
    });
    await deletePartner(member, cohortId, group1, teacher.id);
    list = await listPartners(trainer, cohortId, group1);
    expect(list.counts).toEqual({ tookPart: 1, total: 2 });
    expect(list.partners.map((partner) => partner.name)).toEqual(["Oudercomité", "Jeugdhuis"]);
  });

  it("refuses bad partners with a 400 and other groups with a 403, storing nothing", async () => {
    const before = await db.prisma.partner.count();
    const invalid = [
      { name: "", kind: "teacher", interest: 3, influence: 3 },
      { name: "Juf", kind: "alien", interest: 3, influence: 3 },
      { name: "Juf", kind: "teacher", interest: 0, influence: 3 },
      { name: "Juf", kind: "teacher", interest: 3, influence: 6 },
    ];
    for (const input of invalid) {
      await expect(createPartner(member, cohortId, group1, input)).rejects.toBeInstanceOf(ZodError);
    }
    const [mine] = (await listPartners(member, cohortId, group1)).partners;
    await expect(updatePartner(member, cohortId, group1, mine!.id, {})).rejects.toBeInstanceOf(ZodError);
    await expectAppError(listPartners(otherGroupMember, cohortId, group1), "forbidden", 403);
    await expectAppError(
      createPartner(otherGroupMember, cohortId, group1, { name: "Juf", kind: "teacher", interest: 3, influence: 3 }),
      "forbidden",
      403,
    );
    await expectAppError(deletePartner(otherGroupMember, cohortId, group2, mine!.id), "partner_not_found", 404);
    expect(await db.prisma.partner.count()).toBe(before);
  });
});
