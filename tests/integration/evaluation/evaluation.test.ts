/**
 * Evaluation questionnaires on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres):
 * a trainer drafts and opens a session's questionnaire, three participants answer, and the
 * results, the course overview and the CSV export say exactly what they answered — no names.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/server/auth/session";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { exportSessionResults } from "@/lib/server/evaluation/export-session-results";
import { getCourseResults } from "@/lib/server/evaluation/get-course-results";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { getSessionResults } from "@/lib/server/evaluation/get-session-results";
import { listOpenQuestionnaires } from "@/lib/server/evaluation/list-open-questionnaires";
import { saveQuestions } from "@/lib/server/evaluation/save-questions";
import { setQuestionnaireStatus } from "@/lib/server/evaluation/set-questionnaire-status";
import { submitResponse } from "@/lib/server/evaluation/submit-response";
import type { QuestionView } from "@/lib/shared/evaluation/evaluation-schemas";
import type { QuestionResult } from "@/lib/shared/evaluation/results";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let db: TestDatabase;
let trainerA: SessionUser;
let trainerB: SessionUser;
let cohortA: { id: string; sessions: string[] };
let cohortB: { id: string; sessions: string[] };
let participants: SessionUser[];
let guestB: SessionUser;

const asTrainer = (user: { id: string; name: string }): SessionUser => ({ ...user, kind: "trainer" });

async function cohortWithParticipants(owner: SessionUser, name: string, people: string[]) {
  const cohort = await createCohort(owner.id, { name, fromProgramme: true });
  await createGroup(cohort.id, "Groep 1", owner.id);
  const joined: SessionUser[] = [];
  for (const person of people) {
    const result = await joinByCode({ code: cohort.joinCode, name: person });
    joined.push({ id: result.userId, name: person, kind: "guest" });
  }
  const sessions = await db.prisma.courseSession.findMany({
    where: { cohortId: cohort.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { cohort: { id: cohort.id, sessions: sessions.map((session) => session.id) }, joined };
}

beforeAll(async () => {
  db = await createTestDatabase();
  trainerA = asTrainer(await makeTrainer(db.prisma, "Trainer A"));
  trainerB = asTrainer(await makeTrainer(db.prisma, "Trainer B"));
  const a = await cohortWithParticipants(trainerA, "Cohort A", ["Anouk", "Bilal", "Charlotte"]);
  const b = await cohortWithParticipants(trainerB, "Cohort B", ["Gast B"]);
  cohortA = a.cohort;
  participants = a.joined;
  cohortB = b.cohort;
  guestB = b.joined[0]!;
});
afterAll(async () => {
  await db?.drop();
});

const QUESTIONS = [
  { source: "default", defaultKey: "useful" },
  { source: "own", kind: "rating", text: "Hoe duidelijk was de opdracht?" },
  { source: "default", defaultKey: "groupwork" },
  { source: "default", defaultKey: "learned" },
  { source: "own", kind: "open", text: "Nog iets kwijt?" },
] as const;

/** What each participant answers, per question in the order of QUESTIONS. */
const ANSWERS: { ratings: [number, number, number]; learned?: string; more?: string }[] = [
  { ratings: [5, 1, 3], learned: "Empathiekaarten maken", more: "Meer tijd voor de test" },
  { ratings: [4, 2, 3], learned: "Doelen samen stellen" },
  { ratings: [2, 5, 4] },
];

function answersFor(questions: QuestionView[], answer: (typeof ANSWERS)[number]) {
  const [useful, clarity, groupwork, learned, more] = questions.map((question) => question.id) as string[];
  return {
    answers: [
      { questionId: useful!, rating: answer.ratings[0] },
      { questionId: clarity!, rating: answer.ratings[1] },
      { questionId: groupwork!, rating: answer.ratings[2] },
      ...(answer.learned ? [{ questionId: learned!, text: answer.learned }] : []),
      ...(answer.more ? [{ questionId: more!, text: answer.more }] : []),
    ],
  };
}

function summaryOf(result: QuestionResult | undefined) {
  if (result?.kind !== "rating") throw new Error("expected a rating question");
  return result.summary;
}

describe(`evaluation questionnaires on ${testDatabaseProvider()}`, () => {
  let sessionId: string;
  let questions: QuestionView[];

  it("questionnaire results are counted correctly and exported", async () => {
    sessionId = cohortA.sessions[0]!;
    const draft = await saveQuestions(trainerA, cohortA.id, sessionId, { questions: QUESTIONS });
    expect(draft.status).toBe("draft");
    questions = draft.questions;
    expect(questions.map((question) => [question.position, question.kind, question.text])).toEqual([
      [0, "rating", "Hoe nuttig was deze sessie voor jou?"],
      [1, "rating", "Hoe duidelijk was de opdracht?"],
      [2, "rating", "Hoe goed werkte je groep samen?"],
      [3, "open", "Wat heb je geleerd?"],
      [4, "open", "Nog iets kwijt?"],
    ]);
    // A draft is the trainers' alone: participants see nothing to answer and cannot answer.
    expect(await getQuestionnaire(participants[0]!, cohortA.id, sessionId)).toEqual({
      role: "participant",
      questionnaire: null,
      myAnswers: [],
    });
    await expectAppError(
      submitResponse(participants[0]!, cohortA.id, sessionId, answersFor(questions, ANSWERS[0]!)),
      "questionnaire_not_open",
      409,
    );

    expect((await setQuestionnaireStatus(trainerA, cohortA.id, sessionId, { status: "open" })).status).toBe("open");
    expect(await listOpenQuestionnaires(cohortA.id)).toEqual([
      { sessionId, sessionTitle: expect.any(String) },
    ]);
    for (const [index, participant] of participants.entries()) {
      await submitResponse(participant, cohortA.id, sessionId, answersFor(questions, ANSWERS[index]!));
    }

    const results = await getSessionResults(trainerA, cohortA.id, sessionId);
    expect(results.responseCount).toBe(3);
    expect(summaryOf(results.questions[0])).toEqual({ count: 3, mean: 11 / 3, distribution: [0, 1, 0, 1, 1] });
    expect(summaryOf(results.questions[1])).toEqual({ count: 3, mean: 8 / 3, distribution: [1, 1, 0, 0, 1] });
    expect(summaryOf(results.questions[2])).toEqual({ count: 3, mean: 10 / 3, distribution: [0, 0, 2, 1, 0] });
    expect(results.questions[3]).toMatchObject({ kind: "open", texts: ["Doelen samen stellen", "Empathiekaarten maken"] });
    expect(results.questions[4]).toMatchObject({ kind: "open", texts: ["Meer tijd voor de test"] });
    // Anonymous: nothing in the results names or identifies who answered.
    const shown = JSON.stringify(results);
    for (const participant of participants) {
      expect(shown).not.toContain(participant.name);
      expect(shown).not.toContain(participant.id);
    }

    const { csv, sessionTitle } = await exportSessionResults(trainerA, cohortA.id, sessionId, "nl");
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const texts = ["Hoe nuttig was deze sessie voor jou?", "Hoe duidelijk was de opdracht?", "Hoe goed werkte je groep samen?", "Wat heb je geleerd?", "Nog iets kwijt?"];
    const kinds = ["rating", "rating", "rating", "open", "open"];
    const expected = ANSWERS.flatMap((answer, index) =>
      texts.map((question, position) => ({
        response: String(index + 1),
        session: sessionTitle,
        question,
        kind: kinds[position],
        rating: position < 3 ? String(answer.ratings[position]) : "",
        text: position === 3 ? (answer.learned ?? "") : position === 4 ? (answer.more ?? "") : "",
      })),
    );
    expect(rows).toEqual(expected);
    for (const participant of participants) expect(csv).not.toContain(participant.name);
    // English readers get the default questions in English; own questions as written.
    const english = parse((await exportSessionResults(trainerA, cohortA.id, sessionId, "en")).csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(english.slice(0, 5).map((row) => row.question)).toEqual([
      "How useful was this session for you?",
      "Hoe duidelijk was de opdracht?",
      "How well did your group work together?",
      "What did you learn?",
      "Nog iets kwijt?",
    ]);
  });

  it("replaces a participant's answers when they answer again, and shows them their own", async () => {
    const [anouk] = participants;
    await submitResponse(anouk!, cohortA.id, sessionId, answersFor(questions, { ratings: [1, 1, 1], learned: "Toch iets anders" }));
    const results = await getSessionResults(trainerA, cohortA.id, sessionId);
    expect(results.responseCount).toBe(3);
    // Anouk's 5 became a 1: still three answers, one of each 1, 2 and 4.
    expect(summaryOf(results.questions[0])).toEqual({ count: 3, mean: 7 / 3, distribution: [1, 1, 0, 1, 0] });
    expect(results.questions[3]).toMatchObject({ texts: ["Doelen samen stellen", "Toch iets anders"] });
    expect(results.questions[4]).toMatchObject({ texts: [] });
    const mine = await getQuestionnaire(anouk!, cohortA.id, sessionId);
    expect(mine.role === "participant" && mine.myAnswers).toHaveLength(4);
  });

  it("stores nothing once closed, and opens again on request", async () => {
    const before = await getSessionResults(trainerA, cohortA.id, sessionId);
    expect((await setQuestionnaireStatus(trainerA, cohortA.id, sessionId, { status: "closed" })).status).toBe("closed");
    expect(await listOpenQuestionnaires(cohortA.id)).toEqual([]);
    await expectAppError(
      submitResponse(participants[1]!, cohortA.id, sessionId, answersFor(questions, { ratings: [5, 5, 5] })),
      "questionnaire_not_open",
      409,
    );
    expect(await getSessionResults(trainerA, cohortA.id, sessionId)).toEqual({ ...before, status: "closed" });
    // The questions are fixed once opened: answers refer to them.
    await expectAppError(saveQuestions(trainerA, cohortA.id, sessionId, { questions: [] }), "questionnaire_not_draft", 409);
    expect((await setQuestionnaireStatus(trainerA, cohortA.id, sessionId, { status: "open" })).status).toBe("open");
  });

  it("refuses answers that do not fit, storing nothing", async () => {
    const before = await getSessionResults(trainerA, cohortA.id, sessionId);
    const [useful, , , learned] = questions.map((question) => question.id);
    const attempts = [
      { answers: [{ questionId: useful!, rating: 4 }] }, // the other ratings missing
      { answers: [...answersFor(questions, ANSWERS[0]!).answers, { questionId: "unknown", rating: 3 }] },
      { answers: answersFor(questions, ANSWERS[0]!).answers.map((answer) => (answer.questionId === learned ? { questionId: learned!, rating: 3 } : answer)) },
    ];
    for (const input of attempts) {
      await expectAppError(submitResponse(participants[1]!, cohortA.id, sessionId, input), "invalid_answer", 400);
    }
    await expect(submitResponse(participants[1]!, cohortA.id, sessionId, { answers: [{ questionId: useful!, rating: 6 }] })).rejects.toThrow();
    expect(await getSessionResults(trainerA, cohortA.id, sessionId)).toEqual(before);
  });

  it("lets only cohort A's trainers manage and read, and only its participants answer", async () => {
    const before = await getSessionResults(trainerA, cohortA.id, sessionId);
    const own = answersFor(questions, ANSWERS[0]!);
    // A trainer of another cohort: 403 on everything of cohort A.
    await expectAppError(getSessionResults(trainerB, cohortA.id, sessionId), "forbidden", 403);
    await expectAppError(exportSessionResults(trainerB, cohortA.id, sessionId, "nl"), "forbidden", 403);
    await expectAppError(getCourseResults(trainerB, cohortA.id), "forbidden", 403);
    await expectAppError(getQuestionnaire(trainerB, cohortA.id, sessionId), "forbidden", 403);
    await expectAppError(setQuestionnaireStatus(trainerB, cohortA.id, sessionId, { status: "closed" }), "forbidden", 403);
    await expectAppError(saveQuestions(trainerB, cohortA.id, cohortA.sessions[1]!, { questions: QUESTIONS }), "forbidden", 403);
    // …nor through their own cohort: cohort A's session is not one of cohort B's.
    await expectAppError(getSessionResults(trainerB, cohortB.id, sessionId), "session_not_found", 404);
    // Participants do not read results; trainers and other cohorts' guests do not answer.
    await expectAppError(getSessionResults(participants[0]!, cohortA.id, sessionId), "forbidden", 403);
    await expectAppError(exportSessionResults(participants[0]!, cohortA.id, sessionId, "nl"), "forbidden", 403);
    await expectAppError(submitResponse(trainerA, cohortA.id, sessionId, own), "forbidden", 403);
    await expectAppError(submitResponse(guestB, cohortA.id, sessionId, own), "forbidden", 403);
    await expectAppError(submitResponse(null, cohortA.id, sessionId, own), "unauthenticated", 401);
    expect(await getSessionResults(trainerA, cohortA.id, sessionId)).toEqual(before);
  });

  it("follows each rating question across the course's sessions", async () => {
    const second = cohortA.sessions[1]!;
    const draft = await saveQuestions(trainerA, cohortA.id, second, {
      questions: [{ source: "default", defaultKey: "useful" }, { source: "own", kind: "rating", text: "hoe duidelijk was de opdracht? " }],
    });
    await setQuestionnaireStatus(trainerA, cohortA.id, second, { status: "open" });
    for (const [index, participant] of participants.slice(0, 2).entries()) {
      await submitResponse(participant, cohortA.id, second, {
        answers: draft.questions.map((question) => ({ questionId: question.id, rating: index === 0 ? 5 : 4 })),
      });
    }
    // A draft of a third session is not part of the course results.
    await saveQuestions(trainerA, cohortA.id, cohortA.sessions[2]!, { questions: [{ source: "default", defaultKey: "useful" }] });

    const course = await getCourseResults(trainerA, cohortA.id);
    expect(course.sessions.map((session) => [session.id, session.responseCount])).toEqual([
      [sessionId, 3],
      [second, 2],
    ]);
    expect(course.series.map((line) => [line.key, line.means, line.counts])).toEqual([
      ["default:useful", [7 / 3, 4.5], [3, 2]],
      ["own:hoe duidelijk was de opdracht?", [8 / 3, 4.5], [3, 2]],
      // Anouk answered 1, 1, 1 the second time.
      ["default:groupwork", [8 / 3, null], [3, 0]],
    ]);
  });
});
