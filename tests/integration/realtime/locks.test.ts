/**
 * Locked records (lib/shared/locks/locked-record.ts) against a real server: a participant's
 * connection that changes, deletes or creates a locked shape is closed with 4403 and nothing of
 * its update is stored; facilitators may do anything; slots and participants' own shapes stay
 * free.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { templateShapeId } from "@/lib/shared/templates/template-board";
import {
  RealtimeHarness,
  loadStoredDoc,
  waitUntil,
  waitUntilAsync,
} from "@/tests/helpers/realtime-harness";

type ShapeJson = { id: string; typeName: string; x: number; y: number; meta: Record<string, unknown> };

const SAYS = templateShapeId("empathize", "says");
const HMW_SLOT = templateShapeId("define", "hmw-1");

function recordsOf(doc: Y.Doc): YKeyValue<ShapeJson> {
  return new YKeyValue(getRecordsArray(doc) as Y.Array<{ key: string; val: ShapeJson }>);
}

function closedWith(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => provider.once("closed", (event) => resolve(event.code)));
}

function note(id: string, meta: Record<string, unknown> = {}): ShapeJson {
  return { id, typeName: "shape", x: 10, y: 10, meta };
}

function moved(shape: ShapeJson | undefined, dx = 100): ShapeJson {
  if (!shape) throw new Error("shape missing");
  return { ...shape, x: shape.x + dx };
}

describe("locked records", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  const storedRows = (roomId: string) => harness.database.prisma.docUpdate.count({ where: { roomId } });

  it("refuses a participant moving a template shape; others are unaffected", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const bystander = await harness.connect(roomId);
    const participant = await harness.connect(roomId);
    const original = recordsOf(participant.doc).get(SAYS);
    expect(original?.meta).toMatchObject({ template: true });

    const closed = closedWith(participant.provider);
    recordsOf(participant.doc).set(SAYS, moved(original));
    expect(await closed).toBe(CloseCode.forbidden);

    expect(await storedRows(roomId)).toBe(0);
    const stored = recordsOf(await loadStoredDoc(harness.store, roomId));
    expect(stored.get(SAYS)?.x).toBe(original?.x);
    expect(recordsOf(facilitator.doc).get(SAYS)?.x).toBe(original?.x);
    // The bystander keeps working and still syncs with the facilitator.
    recordsOf(bystander.doc).set("shape:bystander-note", note("shape:bystander-note"));
    await waitUntil(() => recordsOf(facilitator.doc).has("shape:bystander-note"));
    expect(bystander.provider.wsconnected).toBe(true);
    expect(facilitator.provider.wsconnected).toBe(true);
  });

  it("refuses a participant deleting a template shape", async () => {
    const roomId = await harness.createRoom();
    const participant = await harness.connect(roomId);
    const closed = closedWith(participant.provider);
    recordsOf(participant.doc).delete(SAYS);
    expect(await closed).toBe(CloseCode.forbidden);
    expect(await storedRows(roomId)).toBe(0);
    expect(recordsOf(await loadStoredDoc(harness.store, roomId)).has(SAYS)).toBe(true);
  });

  it.each([
    ["template", { template: true }],
    ["facilitator-placed", { placedByFacilitator: true }],
    ["explicitly locked", { locked: true }],
  ])("refuses a participant creating a %s shape", async (_label, meta) => {
    const roomId = await harness.createRoom();
    const participant = await harness.connect(roomId);
    const closed = closedWith(participant.provider);
    recordsOf(participant.doc).set("shape:forged", note("shape:forged", meta));
    expect(await closed).toBe(CloseCode.forbidden);
    expect(await storedRows(roomId)).toBe(0);
  });

  it("refuses a new entry for a locked id pushed without deleting the old one", async () => {
    const roomId = await harness.createRoom();
    const participant = await harness.connect(roomId);
    const original = recordsOf(participant.doc).get(SAYS);
    const closed = closedWith(participant.provider);
    // A raw push: other clients' YKeyValue would take the rightmost entry as the value.
    getRecordsArray(participant.doc).push([{ key: SAYS, val: { ...moved(original), meta: {} } }]);
    expect(await closed).toBe(CloseCode.forbidden);
    expect(await storedRows(roomId)).toBe(0);
  });

  it("lets a participant move their own note and write in a slot placeholder", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    const records = recordsOf(participant.doc);
    records.set("shape:mine", note("shape:mine"));
    records.set("shape:mine", moved(records.get("shape:mine"), 50));
    const slot = records.get(HMW_SLOT);
    expect(slot?.meta).toEqual({ template: true, slot: true });
    records.set(HMW_SLOT, moved(slot, 5));
    await waitUntil(() => recordsOf(facilitator.doc).get("shape:mine")?.x === 60, 5_000, "note move");
    await waitUntil(() => recordsOf(facilitator.doc).get(HMW_SLOT)?.x === (slot?.x ?? 0) + 5);
    expect(participant.provider.wsconnected).toBe(true);
  });

  it("lets a facilitator move a template shape; participants see it", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    const original = recordsOf(facilitator.doc).get(SAYS);
    recordsOf(facilitator.doc).set(SAYS, moved(original, 200));
    await waitUntil(() => recordsOf(participant.doc).get(SAYS)?.x === (original?.x ?? 0) + 200);
    await waitUntilAsync(async () => (await storedRows(roomId)) > 0);
    expect(facilitator.provider.wsconnected).toBe(true);
  });

  it("locks facilitator-placed shapes until the facilitator unlocks them", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    const id = "shape:facilitator-note";
    recordsOf(facilitator.doc).set(id, note(id, { placedByFacilitator: true }));
    await waitUntil(() => recordsOf(participant.doc).has(id));

    const refused = await harness.connect(roomId);
    const closed = closedWith(refused.provider);
    recordsOf(refused.doc).set(id, moved(recordsOf(refused.doc).get(id)));
    expect(await closed).toBe(CloseCode.forbidden);

    const unlocked = { ...note(id, { placedByFacilitator: true, locked: false }) };
    recordsOf(facilitator.doc).set(id, unlocked);
    await waitUntil(() => recordsOf(participant.doc).get(id)?.meta.locked === false);
    recordsOf(participant.doc).set(id, moved(recordsOf(participant.doc).get(id), 7));
    await waitUntil(() => recordsOf(facilitator.doc).get(id)?.x === 17);
    expect(participant.provider.wsconnected).toBe(true);
  });

  it("lets a participant's client clean up a duplicate entry of a locked record", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    const participantRecords = recordsOf(participant.doc);
    const original = participantRecords.get(SAYS);
    // Two facilitators editing at once leave two entries; every client's YKeyValue then deletes
    // the older one. A raw push (no YKeyValue on this side) makes the participant do it.
    getRecordsArray(facilitator.doc).push([{ key: SAYS, val: moved(original, 30) }]);
    await waitUntil(() => participantRecords.get(SAYS)?.x === (original?.x ?? 0) + 30);
    const entries = () => getRecordsArray(facilitator.doc).toArray().filter((e) => e.key === SAYS);
    await waitUntil(() => entries().length === 1, 5_000, "duplicate cleaned up");
    expect(participant.provider.wsconnected).toBe(true);
    const stored = getRecordsArray(await loadStoredDoc(harness.store, roomId)).toArray();
    expect(stored.filter((entry) => entry.key === SAYS)).toHaveLength(1);
  });
});
