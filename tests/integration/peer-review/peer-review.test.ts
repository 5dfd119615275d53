/**
 * Peer review (intervisie) on a real database and a real realtime server: while a visit is open
 * the visiting group's participants get the host's board read-only (a viewer token whose writes
 * change nothing), and lose it the moment the visit closes, open connections included; the
 * feedback grid is written by the visitors only and read by both groups and the trainers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import type { SessionUser } from "@/lib/server/auth/session";
import { assignParticipant } from "@/lib/server/cohorts/assign-participant";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { assertCommentRight } from "@/lib/server/comments/comment-access";
import { addPeerFeedback } from "@/lib/server/peer-review/add-peer-feedback";
import { closePeerReview } from "@/lib/server/peer-review/close-peer-review";
import { deletePeerFeedback } from "@/lib/server/peer-review/delete-peer-feedback";
import { getPeerReview } from "@/lib/server/peer-review/get-peer-review";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import { openPeerReview } from "@/lib/server/peer-review/open-peer-review";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import {
  RealtimeHarness,
  TEST_AUTH_SECRET,
  closeCodeOf,
  loadStoredDoc,
  waitUntil,
} from "@/tests/helpers/realtime-harness";
import { testDatabaseProvider } from "@/tests/helpers/test-database";
import { expectAppError, makeTrainer } from "../cohorts/test-helpers";

let harness: RealtimeHarness;
let trainer: SessionUser;
let otherTrainer: SessionUser;
let host: SessionUser;
let visitor: SessionUser;
let bystander: SessionUser;
let cohortId: string;
const groups = {} as Record<"host" | "visitor" | "bystander", { id: string; roomId: string }>;

async function participant(code: string, name: string, groupId: string): Promise<SessionUser> {
  const joined = await joinByCode({ code, name });
  await assignParticipant(cohortId, joined.userId, groupId);
  return { id: joined.userId, name, kind: "guest" };
}

/** A room token exactly as GET /api/rooms/<id>/token mints it (null: the route answers 403). */
async function roomTokenOf(user: SessionUser, roomId: string): Promise<string | null> {
  const access = await findRoomAccess(user.id, roomId);
  if (!access) return null;
  return mintRoomToken(
    { room: roomId, sub: user.id, name: user.name, role: access.role, facilitator: access.facilitator },
    TEST_AUTH_SECRET,
  );
}

beforeAll(async () => {
  harness = await RealtimeHarness.start({ checkAccess: findRoomAccess });
  const prisma = harness.database.prisma;
  const asUser = async (name: string): Promise<SessionUser> => {
    const made = await makeTrainer(prisma, name);
    return { id: made.id, name: made.name, kind: "trainer" };
  };
  trainer = await asUser("Trainer");
  otherTrainer = await asUser("Other trainer");
  const cohort = await createCohort(trainer.id, { name: "Intervisie", fromProgramme: false });
  cohortId = cohort.id;
  groups.host = await createGroup(cohortId, "Groep 1", trainer.id);
  groups.visitor = await createGroup(cohortId, "Groep 2", trainer.id);
  groups.bystander = await createGroup(cohortId, "Groep 3", trainer.id);
  host = await participant(cohort.joinCode, "Hanna", groups.host.id);
  visitor = await participant(cohort.joinCode, "Victor", groups.visitor.id);
  bystander = await participant(cohort.joinCode, "Bea", groups.bystander.id);
});
afterAll(async () => {
  await harness?.close();
});

describe(`peer review on ${testDatabaseProvider()}`, () => {
  it("gives the visiting group the host's board read-only while open, and nothing after close", async () => {
    const room = groups.host.roomId;
    expect(await findRoomAccess(visitor.id, room)).toBeNull();
    const review = await openPeerReview(trainer, cohortId, {
      hostGroupId: groups.host.id,
      visitorGroupId: groups.visitor.id,
    });

    expect(await findRoomAccess(visitor.id, room)).toEqual({ role: "viewer", facilitator: false, roomName: "Groep 1" });
    // Only that direction, only that group; the host keeps editing.
    expect(await findRoomAccess(host.id, groups.visitor.roomId)).toBeNull();
    expect(await findRoomAccess(bystander.id, room)).toBeNull();
    expect(await findRoomAccess(host.id, room)).toMatchObject({ role: "editor" });
    // A viewer works in nobody's room: no exports, history or comment writes.
    await expectAppError(assertExportAccess(visitor, room), "forbidden", 403);
    await expectAppError(assertCommentRight(visitor.id, room, "reply"), "forbidden", 403);

    await closePeerReview(trainer, cohortId, review.id);
    expect(await findRoomAccess(visitor.id, room)).toBeNull();
    expect(await roomTokenOf(visitor, room)).toBeNull();
  });

  it("lets a viewer read the live board but stores and forwards none of its writes, and closes it on close", async () => {
    const room = groups.host.roomId;
    const review = await openPeerReview(trainer, cohortId, {
      hostGroupId: groups.host.id,
      visitorGroupId: groups.visitor.id,
    });
    const hostClient = await harness.connect(room, { token: (await roomTokenOf(host, room))! });
    hostClient.doc.getMap("peer").set("fromHost", "hello");

    const viewerToken = await roomTokenOf(visitor, room);
    expect(viewerToken).not.toBeNull();
    const viewerClient = await harness.connect(room, { token: viewerToken! });
    await waitUntil(() => viewerClient.doc.getMap("peer").get("fromHost") === "hello", 5_000, "viewer sync");

    viewerClient.doc.getMap("peer").set("fromVisitor", "graffiti");
    // A later host write: once it reaches the viewer, the viewer's write would have reached the host.
    hostClient.doc.getMap("peer").set("marker", 1);
    await waitUntil(() => viewerClient.doc.getMap("peer").get("marker") === 1, 5_000, "marker");
    expect(hostClient.doc.getMap("peer").has("fromVisitor")).toBe(false);
    const stored = await loadStoredDoc(harness.store, room);
    expect(stored.getMap("peer").toJSON()).toEqual({ fromHost: "hello", marker: 1 });

    // Closing the visit ends the open connection at once (what accessChanged asks the server).
    const socket = harness.rawSocket(room, viewerToken!);
    await new Promise<void>((resolve) => socket.once("open", () => resolve()));
    const closed = closeCodeOf(socket);
    const { visitorUserIds } = await closePeerReview(trainer, cohortId, review.id);
    expect(visitorUserIds).toEqual([visitor.id]);
    for (const userId of visitorUserIds) await harness.server.recheckUser(userId);
    expect(await closed).toBe(CloseCode.forbidden);
    await waitUntil(() => !viewerClient.provider.wsconnected, 5_000, "viewer provider closed");
    expect(hostClient.provider.wsconnected).toBe(true);
    harness.disconnect(viewerClient);
    harness.disconnect(hostClient);
  });

  it("lets only trainers open and close, refuses a second open visit of a pair and a group visiting itself", async () => {
    const pair = { hostGroupId: groups.visitor.id, visitorGroupId: groups.host.id };
    await expectAppError(openPeerReview(host, cohortId, pair), "forbidden", 403);
    await expectAppError(openPeerReview(otherTrainer, cohortId, pair), "forbidden", 403);
    await expectAppError(openPeerReview(null, cohortId, pair), "unauthenticated", 401);
    await expect(
      openPeerReview(trainer, cohortId, { hostGroupId: groups.host.id, visitorGroupId: groups.host.id }),
    ).rejects.toThrow(/visit itself/);
    await expectAppError(
      openPeerReview(trainer, cohortId, { ...pair, hostGroupId: "no-such-group" }),
      "group_not_found",
      404,
    );
    const review = await openPeerReview(trainer, cohortId, pair);
    await expectAppError(openPeerReview(trainer, cohortId, pair), "conflict", 409);
    await expectAppError(closePeerReview(visitor, cohortId, review.id), "forbidden", 403);
    await closePeerReview(trainer, cohortId, review.id);
    // Closing twice is harmless: the first closing time stays.
    const first = (await listPeerReviews(trainer, cohortId)).find((item) => item.id === review.id)!;
    const again = await closePeerReview(trainer, cohortId, review.id);
    expect(again.review.closedAt).toBe(first.closedAt);
  });

  it("lets the visiting group add and delete its own feedback while open; the host group and trainers read it", async () => {
    const review = await openPeerReview(trainer, cohortId, {
      hostGroupId: groups.host.id,
      visitorGroupId: groups.visitor.id,
    });
    const items = [
      { kind: "top", text: "Heldere persona's" },
      { kind: "tip", text: "Betrek de ouders" },
      { kind: "question", text: "Wie beslist er?" },
      { kind: "idea", text: "Een buurtfeest" },
    ];
    for (const item of items) await addPeerFeedback(visitor, cohortId, review.id, item);
    await expect(addPeerFeedback(visitor, cohortId, review.id, { kind: "top", text: "   " })).rejects.toThrow();
    await expect(addPeerFeedback(visitor, cohortId, review.id, { kind: "praise", text: "x" })).rejects.toThrow();
    await expect(
      addPeerFeedback(visitor, cohortId, review.id, { kind: "tip", text: "x".repeat(501) }),
    ).rejects.toThrow();
    for (const refused of [host, trainer, bystander, otherTrainer]) {
      await expectAppError(addPeerFeedback(refused, cohortId, review.id, items[0]), "forbidden", 403);
    }

    const asHost = await getPeerReview(host, cohortId, review.id);
    expect(asHost).toMatchObject({ role: "host", canAddFeedback: false });
    expect(asHost.feedback.map(({ kind, text, authorName }) => ({ kind, text, authorName }))).toEqual(
      items.map((item) => ({ ...item, authorName: "Victor" })),
    );
    expect(asHost.feedback.every((item) => !item.canDelete)).toBe(true);
    expect(await getPeerReview(visitor, cohortId, review.id)).toMatchObject({ role: "visitor", canAddFeedback: true });
    expect((await getPeerReview(trainer, cohortId, review.id)).feedback).toHaveLength(4);
    await expectAppError(getPeerReview(bystander, cohortId, review.id), "forbidden", 403);
    await expectAppError(getPeerReview(otherTrainer, cohortId, review.id), "forbidden", 403);
    expect((await listPeerReviews(bystander, cohortId)).map((item) => item.id)).not.toContain(review.id);
    expect((await listPeerReviews(host, cohortId)).find((item) => item.id === review.id)).toMatchObject({
      feedbackCount: 4,
      closedAt: null,
    });

    const [top, tip] = asHost.feedback;
    await expectAppError(deletePeerFeedback(host, cohortId, review.id, top!.id), "forbidden", 403);
    await deletePeerFeedback(visitor, cohortId, review.id, top!.id);

    await closePeerReview(trainer, cohortId, review.id);
    await expectAppError(addPeerFeedback(visitor, cohortId, review.id, items[0]), "conflict", 409);
    await expectAppError(deletePeerFeedback(visitor, cohortId, review.id, tip!.id), "conflict", 409);
    const afterClose = await getPeerReview(host, cohortId, review.id);
    expect(afterClose.feedback.map((item) => item.kind)).toEqual(["tip", "question", "idea"]);
    expect((await getPeerReview(visitor, cohortId, review.id)).canAddFeedback).toBe(false);
    // A trainer may still take an item out.
    await deletePeerFeedback(trainer, cohortId, review.id, tip!.id);
    expect((await getPeerReview(host, cohortId, review.id)).feedback).toHaveLength(2);
  });
});
