/** Dot voting services on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { castVote } from "@/lib/server/voting/cast-vote";
import { endVote } from "@/lib/server/voting/end-vote";
import { getVoteStatus } from "@/lib/server/voting/my-votes";
import { retractVote } from "@/lib/server/voting/retract-vote";
import { startVote } from "@/lib/server/voting/start-vote";
import { rankVoteCounts } from "@/lib/shared/facilitation/voting";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError } from "../cohorts/test-helpers";

let db: TestDatabase;
let roomId: string;
let facilitatorId: string;
let aliceId: string;
let bobId: string;
let viewerId: string;
let outsiderId: string;

async function makeMember(name: string, role: "editor" | "viewer" | null): Promise<string> {
  const user = await db.prisma.user.create({ data: { kind: "guest", name }, select: { id: true } });
  if (role) await db.prisma.roomMember.create({ data: { roomId, userId: user.id, role } });
  return user.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  roomId = await db.createRoom("Voting room");
  const owner = await db.prisma.roomMember.findFirstOrThrow({ where: { roomId, facilitator: true } });
  facilitatorId = owner.userId;
  aliceId = await makeMember("Alice", "editor");
  bobId = await makeMember("Bob", "editor");
  viewerId = await makeMember("Vera", "viewer");
  outsiderId = await makeMember("Otto", null);
});
afterAll(async () => {
  await db?.drop();
});

const start = (settings: { votesPerPerson: number; maxPerNote: number }) =>
  startVote(facilitatorId, roomId, { stageId: "ideate", ...settings });

describe(`dot voting on ${testDatabaseProvider()}`, () => {
  it("lets only the facilitator start and end, editors vote, viewers and outsiders nothing", async () => {
    await expectAppError(
      startVote(aliceId, roomId, { stageId: "ideate", votesPerPerson: 3, maxPerNote: 1 }),
      "forbidden",
      403,
    );
    await start({ votesPerPerson: 3, maxPerNote: 1 });
    await expectAppError(castVote(viewerId, roomId, { noteId: "shape:a" }), "forbidden", 403);
    await expectAppError(castVote(outsiderId, roomId, { noteId: "shape:a" }), "forbidden", 403);
    await expectAppError(getVoteStatus(outsiderId, roomId), "forbidden", 403);
    await expectAppError(endVote(aliceId, roomId), "forbidden", 403);
    // A viewer may see that a vote runs, with no dots of their own.
    expect((await getVoteStatus(viewerId, roomId)).myVotes).toEqual([]);
    await endVote(facilitatorId, roomId);
  });

  it("refuses a dot past votesPerPerson and past maxPerNote, and takes dots back", async () => {
    await start({ votesPerPerson: 2, maxPerNote: 1 });
    expect(await castVote(aliceId, roomId, { noteId: "shape:a" })).toEqual(["shape:a"]);
    await expectAppError(castVote(aliceId, roomId, { noteId: "shape:a" }), "note_limit_reached", 409);
    expect(await castVote(aliceId, roomId, { noteId: "shape:b" })).toEqual(["shape:a", "shape:b"]);
    await expectAppError(castVote(aliceId, roomId, { noteId: "shape:c" }), "no_votes_left", 409);
    expect(await retractVote(aliceId, roomId, { noteId: "shape:a" })).toEqual(["shape:b"]);
    await expectAppError(retractVote(aliceId, roomId, { noteId: "shape:a" }), "vote_not_found", 404);
    expect(await castVote(aliceId, roomId, { noteId: "shape:c" })).toEqual(["shape:b", "shape:c"]);
    await endVote(facilitatorId, roomId);
  });

  it("allows several dots on one note when maxPerNote says so", async () => {
    await start({ votesPerPerson: 3, maxPerNote: 2 });
    await castVote(bobId, roomId, { noteId: "shape:a" });
    await castVote(bobId, roomId, { noteId: "shape:a" });
    await expectAppError(castVote(bobId, roomId, { noteId: "shape:a" }), "note_limit_reached", 409);
    expect(await castVote(bobId, roomId, { noteId: "shape:b" })).toEqual(["shape:a", "shape:a", "shape:b"]);
    const { counts } = await endVote(facilitatorId, roomId);
    expect(counts).toEqual({ "shape:a": 2, "shape:b": 1 });
  });

  it("refuses votes and ending when no vote is open, and bad input", async () => {
    await expectAppError(castVote(aliceId, roomId, { noteId: "shape:a" }), "vote_not_open", 409);
    await expectAppError(retractVote(aliceId, roomId, { noteId: "shape:a" }), "vote_not_open", 409);
    await expectAppError(endVote(facilitatorId, roomId), "vote_not_open", 409);
    await expect(start({ votesPerPerson: 1, maxPerNote: 2 })).rejects.toThrow(/maxPerNote/);
    await expect(startVote(facilitatorId, roomId, { stageId: "nowhere", votesPerPerson: 1, maxPerNote: 1 })).rejects.toThrow();
  });

  it("keeps ballots anonymous while open and counts and ranks them at the end", async () => {
    const session = await start({ votesPerPerson: 2, maxPerNote: 1 });
    await castVote(aliceId, roomId, { noteId: "shape:x" });
    await castVote(aliceId, roomId, { noteId: "shape:y" });
    await castVote(bobId, roomId, { noteId: "shape:y" });
    await castVote(facilitatorId, roomId, { noteId: "shape:z" });

    const bobView = await getVoteStatus(bobId, roomId);
    expect(bobView).toEqual({
      session: expect.objectContaining({ id: session.id, status: "open", votesPerPerson: 2 }),
      myVotes: ["shape:y"],
      votesCast: null,
      counts: null,
    });
    // Nothing in Bob's answer names Alice or her notes.
    expect(JSON.stringify(bobView)).not.toMatch(/shape:x|Alice/);
    expect(JSON.stringify(bobView)).not.toContain(aliceId);
    const facilitatorView = await getVoteStatus(facilitatorId, roomId);
    expect(facilitatorView.myVotes).toEqual(["shape:z"]);
    expect(facilitatorView.votesCast).toBe(4);

    const { counts, session: ended } = await endVote(facilitatorId, roomId);
    expect(ended.status).toBe("ended");
    expect(counts).toEqual({ "shape:x": 1, "shape:y": 2, "shape:z": 1 });
    expect(rankVoteCounts(counts)).toEqual([
      { noteId: "shape:y", count: 2 },
      { noteId: "shape:x", count: 1 },
      { noteId: "shape:z", count: 1 },
    ]);
    // Stored: the ended session stays the room's latest, ballots kept.
    expect(await getVoteStatus(aliceId, roomId)).toMatchObject({
      session: { id: session.id, status: "ended" },
      counts: { "shape:x": 1, "shape:y": 2, "shape:z": 1 },
    });
    expect(await db.prisma.vote.count({ where: { sessionId: session.id } })).toBe(4);
  });

  it("starting a new vote ends one still open", async () => {
    const first = await start({ votesPerPerson: 1, maxPerNote: 1 });
    const second = await start({ votesPerPerson: 1, maxPerNote: 1 });
    const rows = await db.prisma.voteSession.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [first.id]: "ended",
      [second.id]: "open",
    });
    await endVote(facilitatorId, roomId);
  });

  it("holds the limit when one person casts many dots at once", async () => {
    await start({ votesPerPerson: 2, maxPerNote: 2 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) => castVote(bobId, roomId, { noteId: `shape:n${index % 3}` })),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(2);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") expect(attempt.reason).toMatchObject({ status: 409 });
    }
    expect((await getVoteStatus(bobId, roomId)).myVotes).toHaveLength(2);
    await endVote(facilitatorId, roomId);
  });
});
