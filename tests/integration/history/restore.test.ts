/**
 * History: versions are recorded while a group works, and restoring one makes it the board of
 * every connected client, stored, as a new version — no earlier version is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { listRoomVersions } from "@/lib/server/history/list-room-versions";
import { loadVersionDoc } from "@/lib/server/history/load-version";
import { restoreVersion } from "@/lib/server/history/restore-version";
import { publishDocumentChanger } from "@/lib/server/realtime/document-changes";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import {
  RealtimeHarness,
  loadStoredDoc,
  waitUntil,
  waitUntilAsync,
} from "@/tests/helpers/realtime-harness";

const noteIds = (doc: Y.Doc) =>
  [...new YKeyValue(getRecordsArray(doc)).map.keys()]
    .filter((id) => id.startsWith("shape:note-"))
    .sort();

function addNote(doc: Y.Doc, name: string): void {
  new YKeyValue(getRecordsArray(doc)).set(`shape:note-${name}`, {
    id: `shape:note-${name}`,
    typeName: "shape",
    type: "note",
    parentId: "page:ideate",
    x: 0,
    y: 0,
    props: { text: name },
  });
}

describe("history: versions and restore", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start({ versionIntervalMs: 100, unloadDelayMs: 50 });
    publishDocumentChanger((roomId, change, reason) =>
      harness.server.changeDocument(roomId, change, reason),
    );
  });
  afterAll(async () => {
    await harness.close();
  });

  /** The newest version whose notes are exactly `expected` (waits until the server kept one). */
  async function versionWith(roomId: string, expected: string[]): Promise<string> {
    let found: string | undefined;
    await waitUntilAsync(async () => {
      for (const version of (await listRoomVersions(roomId, harness.database.prisma)).reverse()) {
        const doc = await loadVersionDoc(roomId, version.id, harness.database.prisma);
        const same = JSON.stringify(noteIds(doc)) === JSON.stringify(expected);
        doc.destroy();
        if (same) {
          found = version.id;
          return true;
        }
      }
      return false;
    });
    return found!;
  }

  it("records versions while a group works and restores one for everyone, keeping all", async () => {
    const roomId = await harness.createRoom();
    const prisma = harness.database.prisma;
    const room = await prisma.room.findUniqueOrThrow({ where: { id: roomId } });
    const trainer = { id: room.ownerId, name: "Test Trainer", kind: "trainer" as const };
    const writer = await harness.connect(roomId);
    const watcher = await harness.connect(roomId);

    addNote(writer.doc, "a");
    const withA = await versionWith(roomId, ["shape:note-a"]);
    await new Promise((resolve) => setTimeout(resolve, 150)); // past the version interval
    addNote(writer.doc, "b");
    new YKeyValue(getRecordsArray(writer.doc)).delete("shape:note-a");
    await versionWith(roomId, ["shape:note-b"]);
    await waitUntil(() => JSON.stringify(noteIds(watcher.doc)) === '["shape:note-b"]');
    const before = await listRoomVersions(roomId, prisma);
    expect(before.filter((version) => version.reason === "interval").length).toBeGreaterThanOrEqual(
      2,
    );

    const result = await restoreVersion(trainer, roomId, withA, prisma);
    expect(result).toMatchObject({ deleted: 1 });

    // Every open client, and the store, now hold the restored board.
    await waitUntil(() => JSON.stringify(noteIds(watcher.doc)) === '["shape:note-a"]');
    await waitUntil(() => JSON.stringify(noteIds(writer.doc)) === '["shape:note-a"]');
    expect(noteIds(await loadStoredDoc(harness.store, roomId))).toEqual(["shape:note-a"]);

    // A new "restore" version on top; every earlier version is still there, unchanged.
    const after = await listRoomVersions(roomId, prisma);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)?.reason).toBe("restore");
    const restored = await loadVersionDoc(roomId, after.at(-1)!.id, prisma);
    expect(noteIds(restored)).toEqual(["shape:note-a"]);
    expect(await versionWith(roomId, ["shape:note-b"])).toBeTruthy();

    // Work goes on after a restore: a new note reaches the other client.
    addNote(watcher.doc, "c");
    await waitUntil(() => noteIds(writer.doc).includes("shape:note-c"));
    harness.disconnect(writer);
    harness.disconnect(watcher);
  });

  it("restores into a room nobody has open, and refuses a participant of another room", async () => {
    const roomId = await harness.createRoom();
    const prisma = harness.database.prisma;
    const room = await prisma.room.findUniqueOrThrow({ where: { id: roomId } });
    const trainer = { id: room.ownerId, name: "Test Trainer", kind: "trainer" as const };
    const writer = await harness.connect(roomId);
    addNote(writer.doc, "first");
    const withFirst = await versionWith(roomId, ["shape:note-first"]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    addNote(writer.doc, "second");
    await versionWith(roomId, ["shape:note-first", "shape:note-second"]);
    harness.disconnect(writer);
    await waitUntil(() => harness.server.stats().rooms === 0);

    const stranger = await prisma.user.create({ data: { kind: "guest", name: "Other group" } });
    await expect(
      restoreVersion(
        { id: stranger.id, name: "Other group", kind: "guest" },
        roomId,
        withFirst,
        prisma,
      ),
    ).rejects.toMatchObject({ status: 403 });
    expect(noteIds(await loadStoredDoc(harness.store, roomId))).toHaveLength(2);

    await restoreVersion(trainer, roomId, withFirst, prisma);
    await waitUntil(() => harness.server.stats().rooms === 0);
    expect(noteIds(await loadStoredDoc(harness.store, roomId))).toEqual(["shape:note-first"]);
    const reader = await harness.connect(roomId);
    expect(noteIds(reader.doc)).toEqual(["shape:note-first"]);
    harness.disconnect(reader);
  });

  it("answers 404 for a version of another room", async () => {
    const roomA = await harness.createRoom();
    const roomB = await harness.createRoom();
    const [versionOfB] = await listRoomVersions(roomB, harness.database.prisma);
    expect(versionOfB).toBeDefined();
    await expect(
      loadVersionDoc(roomA, versionOfB!.id, harness.database.prisma),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
