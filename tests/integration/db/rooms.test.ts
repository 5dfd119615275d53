/** Rooms, join codes and access on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AppError } from "@/lib/server/errors";
import { createRoom } from "@/lib/server/rooms/create-room";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import {
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  normalizeJoinCode,
} from "@/lib/server/rooms/generate-join-code";
import { joinRoomByCode } from "@/lib/server/rooms/join-room-by-code";
import { createInitialDocumentUpdate } from "@/lib/server/rooms/initial-document";
import { createGuestUser } from "@/lib/server/users/create-guest-user";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

let db: TestDatabase;
let trainerId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  trainerId = (await db.prisma.user.create({ data: { kind: "trainer", name: "Trainer" } })).id;
});
afterAll(async () => {
  await db?.drop();
});

async function expectAppError(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, status });
}

describe(`rooms on ${testDatabaseProvider()}`, () => {
  it("generates codes of 6 unambiguous characters", () => {
    const codes = new Set(Array.from({ length: 500 }, () => generateJoinCode()));
    expect(codes.size).toBeGreaterThan(495);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      for (const char of code) expect(JOIN_CODE_ALPHABET).toContain(char);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(normalizeJoinCode("  demo-42 ")).toBe("DEMO42");
    expect(normalizeJoinCode("abc")).toBeNull();
  });

  it("creates a room with owner membership, the initial document and a 'created' version", async () => {
    const room = await createRoom({ name: "  Workshop  ", ownerId: trainerId, withJoinCode: true });
    expect(room.name).toBe("Workshop");
    expect(room.joinCode).toMatch(/^[A-Z0-9]{6}$/);

    expect(await findRoomAccess(trainerId, room.roomId)).toEqual({
      role: "editor",
      facilitator: true,
      roomName: "Workshop",
    });
    const snapshot = await db.prisma.docSnapshot.findUniqueOrThrow({
      where: { roomId: room.roomId },
    });
    expect(snapshot.upToSeq).toBe(0);
    const expected = new Y.Doc();
    Y.applyUpdate(expected, createInitialDocumentUpdate());
    const actual = new Y.Doc();
    Y.applyUpdate(actual, snapshot.data);
    expect(actual.share.size).toBeGreaterThan(0);
    for (const name of expected.share.keys()) {
      expect(actual.get(name).toJSON()).toEqual(expected.get(name).toJSON());
    }
    const versions = await db.prisma.docVersion.findMany({ where: { roomId: room.roomId } });
    expect(versions.map((version) => version.reason)).toEqual(["created"]);
  });

  it("creates a room without a join code unless asked, and refuses a fixed code in use", async () => {
    const room = await createRoom({ name: "Quiet", ownerId: trainerId });
    expect(room.joinCode).toBeNull();
    expect(await db.prisma.joinCode.count({ where: { roomId: room.roomId } })).toBe(0);

    await createRoom({ name: "Fixed", ownerId: trainerId, joinCode: "FIXED7" });
    await expectAppError(
      createRoom({ name: "Again", ownerId: trainerId, joinCode: "fixed7" }),
      "join_code_taken",
      409,
    );
    await expectAppError(
      createRoom({ name: "Nobody's", ownerId: "missing" }),
      "user_not_found",
      404,
    );
  });

  it("joins by code case-insensitively and trimmed, as a new guest editor", async () => {
    const room = await createRoom({ name: "Join me", ownerId: trainerId, joinCode: "JN4X7K" });
    const joined = await joinRoomByCode({ code: "  jn4x7k ", name: " Sam " });
    expect(joined).toMatchObject({
      roomId: room.roomId,
      roomName: "Join me",
      name: "Sam",
      role: "editor",
      facilitator: false,
      createdUser: true,
    });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: joined.userId } });
    expect(user.kind).toBe("guest");
    expect(await findRoomAccess(joined.userId, room.roomId)).toEqual({
      role: "editor",
      facilitator: false,
      roomName: "Join me",
    });
  });

  it("reuses the guest id passed in, in a second room and on a repeated join", async () => {
    const first = await createRoom({ name: "First", ownerId: trainerId, withJoinCode: true });
    const second = await createRoom({ name: "Second", ownerId: trainerId, withJoinCode: true });
    const guest = await createGuestUser({ name: "Robin" });

    const a = await joinRoomByCode({
      code: first.joinCode!,
      name: "Ignored",
      guestUserId: guest.id,
    });
    const b = await joinRoomByCode({
      code: second.joinCode!,
      name: "Ignored",
      guestUserId: guest.id,
    });
    const again = await joinRoomByCode({
      code: first.joinCode!,
      name: "Ignored",
      guestUserId: guest.id,
    });
    expect([a.userId, b.userId, again.userId]).toEqual([guest.id, guest.id, guest.id]);
    expect(a).toMatchObject({ name: "Robin", createdUser: false });
    expect(await db.prisma.roomMember.count({ where: { userId: guest.id } })).toBe(2);

    // An unknown id (e.g. from a wiped database) gets a fresh guest instead of an error.
    const fresh = await joinRoomByCode({ code: first.joinCode!, name: "Kim", guestUserId: "gone" });
    expect(fresh.userId).not.toBe("gone");
    expect(fresh.createdUser).toBe(true);
  });

  it("keeps an existing member's role: the owner joining by code stays facilitator", async () => {
    const room = await createRoom({ name: "Own", ownerId: trainerId, withJoinCode: true });
    const joined = await joinRoomByCode({
      code: room.joinCode!,
      name: "Trainer",
      guestUserId: trainerId,
    });
    expect(joined).toMatchObject({ userId: trainerId, role: "editor", facilitator: true });

    const viewer = await createGuestUser({ name: "Viewer" });
    await db.prisma.roomMember.create({
      data: { roomId: room.roomId, userId: viewer.id, role: "viewer" },
    });
    const viewerJoin = await joinRoomByCode({
      code: room.joinCode!,
      name: "Viewer",
      guestUserId: viewer.id,
    });
    expect(viewerJoin.role).toBe("viewer");
  });

  it("refuses unknown, malformed and closed codes with join_code_not_found (404)", async () => {
    const room = await createRoom({ name: "Closing", ownerId: trainerId, joinCode: "CL0SED" });
    await expectAppError(joinRoomByCode({ code: "ZZZZZZ", name: "X" }), "join_code_not_found", 404);
    await expectAppError(joinRoomByCode({ code: "!!", name: "X" }), "join_code_not_found", 404);

    await db.prisma.joinCode.update({ where: { code: "CL0SED" }, data: { closedAt: new Date() } });
    const usersBefore = await db.prisma.user.count();
    await expectAppError(joinRoomByCode({ code: "cl0sed", name: "X" }), "join_code_not_found", 404);
    expect(await db.prisma.user.count()).toBe(usersBefore);
    expect(await db.prisma.roomMember.count({ where: { roomId: room.roomId } })).toBe(1);
  });

  it("finds no access for non-members, unknown users and unknown rooms", async () => {
    const room = await createRoom({ name: "Private", ownerId: trainerId });
    const stranger = await createGuestUser({ name: "Stranger" });
    expect(await findRoomAccess(stranger.id, room.roomId)).toBeNull();
    expect(await findRoomAccess("nobody", room.roomId)).toBeNull();
    expect(await findRoomAccess(trainerId, "no-room")).toBeNull();
  });

  it("validates user input with zod", async () => {
    await expect(createGuestUser({ name: "   " })).rejects.toThrow();
    await expect(joinRoomByCode({ code: "JN4X7K", name: "" })).rejects.toThrow();
    await expect(createRoom({ name: "", ownerId: trainerId })).rejects.toThrow();
  });
});
