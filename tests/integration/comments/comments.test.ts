/**
 * Feedback comments on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres): a
 * trainer pins threads on a group's room, the group replies and resolves, the overview counts
 * what is unresolved, and everyone else is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { renameParticipant } from "@/lib/server/cohorts/rename-participant";
import { countUnresolvedComments } from "@/lib/server/comments/count-unresolved-comments";
import { createCommentThread } from "@/lib/server/comments/create-comment-thread";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { listCommentThreads } from "@/lib/server/comments/list-comment-threads";
import { replyToComment } from "@/lib/server/comments/reply-to-comment";
import { setCommentResolved } from "@/lib/server/comments/set-comment-resolved";
import { setRoomFacilitator } from "@/lib/server/rooms/set-room-facilitator";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "../../helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let db: TestDatabase;
let cohortId: string;
let trainer: string;
let otherTrainer: string;
let member: string;
let member2: string;
let otherGroupMember: string;
let room1: string;
let room2: string;

beforeAll(async () => {
  db = await createTestDatabase();
  trainer = (await makeTrainer(db.prisma, "Tineke")).id;
  otherTrainer = (await makeTrainer(db.prisma, "Other Trainer")).id;
  const cohort = await createCohort(trainer, { name: "Feedback", fromProgramme: false });
  cohortId = cohort.id;
  await createCohort(otherTrainer, { name: "Elsewhere", fromProgramme: false });
  const group1 = await createGroup(cohort.id, "Group 1", trainer);
  const group2 = await createGroup(cohort.id, "Group 2", trainer);
  room1 = group1.roomId;
  room2 = group2.roomId;
  member = (await joinByCode({ code: cohort.joinCode, name: "Mila" })).userId;
  member2 = (await joinByCode({ code: cohort.joinCode, name: "Mats" })).userId;
  otherGroupMember = (await joinByCode({ code: cohort.joinCode, name: "Otis" })).userId;
  await assignParticipant(cohort.id, member, group1.id);
  await assignParticipant(cohort.id, member2, group1.id);
  await assignParticipant(cohort.id, otherGroupMember, group2.id);
});
afterAll(async () => {
  await db?.drop();
});

const pin = (body: string, anchor: { x: number; y: number } | null = { x: 120, y: -40.5 }) =>
  createCommentThread(trainer, room1, { stageId: "define", body, anchor });
const storedComments = () => db.prisma.comment.count();

describe(`feedback comments on ${testDatabaseProvider()}`, () => {
  it("a trainer pins a thread, the group sees it, replies, resolves and reopens it", async () => {
    await renameParticipant(cohortId, member, "Mila (group 1)");
    const thread = await pin("Wie is jullie gebruiker?");
    expect(thread).toMatchObject({
      stageId: "define",
      anchor: { x: 120, y: -40.5 },
      body: "Wie is jullie gebruiker?",
      author: { id: trainer, name: "Tineke" },
      resolvedAt: null,
      replies: [],
    });

    const seen = await listCommentThreads(member, room1);
    expect(seen.rights).toEqual({ create: false, reply: true });
    expect(seen.threads.map((each) => each.id)).toContain(thread.id);
    expect(seen.unresolvedCount).toBe(1);

    const replied = await replyToComment(member, room1, thread.id, { body: "  Studenten van 18-20  " });
    expect(replied.replies).toEqual([
      expect.objectContaining({ body: "Studenten van 18-20", author: { id: member, name: "Mila (group 1)" } }),
    ]);
    // Replying to a reply answers the thread.
    const again = await replyToComment(trainer, room1, replied.replies[0]!.id, { body: "Waarom die?" });
    expect(again.replies.map((reply) => reply.body)).toEqual(["Studenten van 18-20", "Waarom die?"]);

    const resolved = await setCommentResolved(member2, room1, thread.id, { resolved: true });
    expect(resolved.resolvedBy).toEqual({ id: member2, name: "Mats" });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await listCommentThreads(trainer, room1)).unresolvedCount).toBe(0);
    expect((await countUnresolvedComments([room1])).get(room1)).toBe(0);

    const reopened = await setCommentResolved(trainer, room1, thread.id, { resolved: false });
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect((await countUnresolvedComments([room1])).get(room1)).toBe(1);
    await setCommentResolved(trainer, room1, thread.id, { resolved: true });
  });

  it("keeps a comment on the stage as a whole without an anchor", async () => {
    const thread = await createCommentThread(trainer, room1, {
      stageId: "ideate",
      body: "Mooi tempo",
      anchor: null,
      shapeId: "shape:ignored-without-anchor",
    });
    expect(thread).toMatchObject({ anchor: null, shapeId: null, stageId: "ideate" });
    const pinned = await createCommentThread(trainer, room1, {
      stageId: "ideate",
      body: "Deze post-it",
      anchor: { x: 1, y: 2 },
      shapeId: "shape:abc",
    });
    expect(pinned.shapeId).toBe("shape:abc");
  });

  it("counts unresolved threads per room for the overview, 0 for rooms without any", async () => {
    const before = (await countUnresolvedComments([room1])).get(room1)!;
    const open = await pin("Nog een vraag");
    await replyToComment(member, room1, open.id, { body: "Replies are not counted" });
    await createCommentThread(trainer, room2, { stageId: "test", body: "Groep 2" });
    const counts = await countUnresolvedComments([room1, room2, "no-such-room"]);
    expect(counts.get(room1)).toBe(before + 1);
    expect(counts.get(room2)).toBe(1);
    expect(counts.get("no-such-room")).toBe(0);
    expect((await countUnresolvedComments([])).size).toBe(0);
    await setCommentResolved(member, room1, open.id, { resolved: true });
    expect((await countUnresolvedComments([room1])).get(room1)).toBe(before);
  });

  it("lets only facilitators start threads; the group replies; others are refused", async () => {
    const thread = await pin("Alleen voor groep 1");
    const count = await storedComments();
    await expectAppError(createCommentThread(member, room1, { stageId: "define", body: "x" }), "forbidden", 403);
    for (const outsider of [otherGroupMember, otherTrainer]) {
      await expectAppError(listCommentThreads(outsider, room1), "forbidden", 403);
      await expectAppError(replyToComment(outsider, room1, thread.id, { body: "x" }), "forbidden", 403);
      await expectAppError(setCommentResolved(outsider, room1, thread.id, { resolved: true }), "forbidden", 403);
      await expectAppError(deleteComment(outsider, room1, thread.id), "forbidden", 403);
    }
    // A participant of group 2 cannot reach group 1's thread through their own room either.
    await expectAppError(replyToComment(otherGroupMember, room2, thread.id, { body: "x" }), "comment_not_found", 404);
    expect(await storedComments()).toBe(count);

    // A participant the trainer made facilitator may start threads.
    await setRoomFacilitator(trainer, room1, member2, true);
    expect((await listCommentThreads(member2, room1)).rights).toEqual({ create: true, reply: true });
    const byFacilitator = await createCommentThread(member2, room1, { stageId: "test", body: "Testplan?" });
    expect(byFacilitator.author.name).toBe("Mats");
    await setRoomFacilitator(trainer, room1, member2, false);
  });

  it("lets read-only viewers read but not write", async () => {
    const room = await db.createRoom("Stand-alone");
    const owner = (await db.prisma.roomMember.findFirstOrThrow({ where: { roomId: room, facilitator: true } })).userId;
    const viewer = (await db.prisma.user.create({ data: { kind: "guest", name: "Vera" } })).id;
    await db.prisma.roomMember.create({ data: { roomId: room, userId: viewer, role: "viewer" } });
    const thread = await createCommentThread(owner, room, { stageId: "empathize", body: "Kijk mee" });
    const seen = await listCommentThreads(viewer, room);
    expect(seen.rights).toEqual({ create: false, reply: false });
    expect(seen.threads[0]).toMatchObject({ id: thread.id, canDelete: false });
    await expectAppError(replyToComment(viewer, room, thread.id, { body: "x" }), "forbidden", 403);
    await expectAppError(setCommentResolved(viewer, room, thread.id, { resolved: true }), "forbidden", 403);
    await expectAppError(deleteComment(viewer, room, thread.id), "forbidden", 403);
  });

  it("lets authors delete their own comments and trainers any; a thread takes its replies along", async () => {
    const thread = await pin("Te verwijderen");
    const withReplies = await replyToComment(member, room1, thread.id, { body: "Eigen reactie" });
    const ownReply = withReplies.replies[0]!;
    const other = (await replyToComment(member2, room1, thread.id, { body: "Van Mats" })).replies[1]!;
    const asMember = (await listCommentThreads(member, room1)).threads.find((each) => each.id === thread.id)!;
    expect(asMember.canDelete).toBe(false);
    expect(asMember.replies.map((reply) => reply.canDelete)).toEqual([true, false]);

    await expectAppError(deleteComment(member, room1, thread.id), "forbidden", 403);
    await expectAppError(deleteComment(member, room1, other.id), "forbidden", 403);
    expect(await deleteComment(member, room1, ownReply.id)).toEqual({ id: ownReply.id });
    const count = await storedComments();
    await deleteComment(trainer, room1, thread.id);
    expect(await storedComments()).toBe(count - 2);
    expect((await listCommentThreads(member, room1)).threads.map((each) => each.id)).not.toContain(thread.id);
    await expectAppError(deleteComment(trainer, room1, thread.id), "comment_not_found", 404);
  });

  it("refuses bad input with a 400 and stores nothing", async () => {
    const thread = await pin("Invoercontrole");
    const count = await storedComments();
    const badThreads: unknown[] = [
      { stageId: "define", body: "" },
      { stageId: "define", body: "   " },
      { stageId: "define", body: "x".repeat(2001) },
      { stageId: "nowhere", body: "x" },
      { body: "x" },
      { stageId: "define", body: "x", anchor: { x: "1", y: 2 } },
      { stageId: "define", body: "x", anchor: { x: 1 } },
      { stageId: "define", body: "x", anchor: { x: 1, y: 2 }, shapeId: "not-a-shape" },
      null,
      "text",
    ];
    for (const input of badThreads) {
      await expect(createCommentThread(trainer, room1, input), JSON.stringify(input)).rejects.toBeInstanceOf(ZodError);
    }
    await expect(replyToComment(member, room1, thread.id, { body: "" })).rejects.toBeInstanceOf(ZodError);
    await expect(replyToComment(member, room1, thread.id, {})).rejects.toBeInstanceOf(ZodError);
    await expect(setCommentResolved(member, room1, thread.id, { resolved: "yes" })).rejects.toBeInstanceOf(ZodError);
    const reply = await replyToComment(member, room1, thread.id, { body: "Een reactie" });
    await expectAppError(
      setCommentResolved(member, room1, reply.replies[0]!.id, { resolved: true }),
      "comment_is_reply",
      400,
    );
    await expectAppError(replyToComment(member, room1, "no-such-comment", { body: "x" }), "comment_not_found", 404);
    expect(await storedComments()).toBe(count + 1);
    expect((await listCommentThreads(trainer, room1)).threads.find((each) => each.id === thread.id)?.resolvedAt).toBeNull();
    // 2000 characters are fine.
    expect((await pin("y".repeat(2000))).body).toHaveLength(2000);
  });

  it("deletes a room's comments with the room", async () => {
    const room = await db.createRoom("Short-lived");
    const owner = (await db.prisma.roomMember.findFirstOrThrow({ where: { roomId: room, facilitator: true } })).userId;
    await createCommentThread(owner, room, { stageId: "test", body: "Weg ermee" });
    await db.prisma.room.delete({ where: { id: room } });
    expect(await db.prisma.comment.count({ where: { roomId: room } })).toBe(0);
  });
});
