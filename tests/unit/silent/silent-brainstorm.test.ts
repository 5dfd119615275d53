/**
 * Silent brainstorm with real parts: tldraw stores bound to linked Y.Docs by the real binding
 * (with the same private-record filter as lib/client/use-room-store.ts). A participant's note
 * made while silent is in their store but in nobody's document; publishing puts it in every
 * document, without its author when the reveal asks for that.
 */
import { createShapeId, createTLStore, type TLRecord, type TLShapeId, type TLStore } from "@tldraw/editor";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docNotes } from "@/lib/client/silent/doc-note-texts";
import {
  persistPrivateRecords,
  privateStorageKey,
  restorePrivateRecords,
  type PrivateStorage,
} from "@/lib/client/silent/private-persistence";
import { publishedRecord, publishesAnonymously, stampPrivate } from "@/lib/client/silent/private-records";
import { registerPrivateStamping } from "@/lib/client/silent/private-stamping";
import { publishPrivateRecords } from "@/lib/client/silent/publish-private-records";
import { bindStoreToYDoc } from "@/lib/client/yjs-tldraw-binding";
import { isPrivateRecord, RevealState } from "@/lib/shared/facilitation/silent";
import { boardRecords, linkedDocs, noteShape, put } from "../../helpers/tldraw-store";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** What window.localStorage does, for one test (Node has no Web Storage). */
class MemoryStorage implements PrivateStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A client: its store bound to its document as the room page binds it. */
function client(doc: Y.Doc): TLStore {
  const store = createTLStore({});
  const binding = bindStoreToYDoc({
    store,
    doc,
    shouldWriteRecord: (record) => record.id !== "page:page" && !isPrivateRecord(record),
  });
  cleanups.push(() => binding.dispose());
  return store;
}

function note(store: TLStore, id: TLShapeId, text: string, author: string | null): TLRecord {
  return noteShape(store, id, { text, parentId: "page:ideate", author });
}

/** A room with a seeded board and two participants' stores (A writes, B watches). */
function room() {
  const [docA, docB] = linkedDocs();
  const storeA = client(docA);
  put(storeA, boardRecords("page:ideate", "Ideeën"));
  const storeB = client(docB);
  return { docA, docB, storeA, storeB };
}

const texts = (doc: Y.Doc) => docNotes(doc).map((entry) => entry.text);

describe("silent brainstorm", () => {
  it("keeps a note made while silent out of every document, and shares open-mode notes", () => {
    const { docA, docB, storeA, storeB } = room();
    let silent = true;
    cleanups.push(registerPrivateStamping(storeA, { shouldStamp: () => silent, currentRevealId: () => "" }));

    put(storeA, [note(storeA, createShapeId("secret"), "Geheim idee", "anna")]);
    expect(isPrivateRecord(storeA.get(createShapeId("secret")))).toBe(true);
    expect(texts(docA)).toEqual([]);
    expect(texts(docB)).toEqual([]);
    expect(storeB.has(createShapeId("secret"))).toBe(false);

    // Editing the private note stays local too.
    put(storeA, [{ ...storeA.get(createShapeId("secret"))!, x: 50 } as TLRecord]);
    expect(texts(docA)).toEqual([]);

    silent = false;
    put(storeA, [note(storeA, createShapeId("open"), "Open idee", "anna")]);
    expect(texts(docB)).toEqual(["Open idee"]);
    expect(isPrivateRecord(storeB.get(createShapeId("open")))).toBe(false);
  });

  it("does not mark records that arrive from the network", () => {
    const { storeB } = room();
    cleanups.push(registerPrivateStamping(storeB, { shouldStamp: () => true, currentRevealId: () => "" }));
    storeB.mergeRemoteChanges(() => storeB.put([note(storeB, createShapeId("remote"), "Van elders", null)]));
    expect(isPrivateRecord(storeB.get(createShapeId("remote")))).toBe(false);
  });

  it("publishes anonymously on an anonymous reveal: in every document, without author", () => {
    const { docB, storeA, storeB } = room();
    cleanups.push(registerPrivateStamping(storeA, { shouldStamp: () => true, currentRevealId: () => "" }));
    put(storeA, [note(storeA, createShapeId("secret"), "Geheim idee", "anna")]);

    const reveal = RevealState.parse({ id: "r1", anonymous: true, at: 1 });
    expect(publishPrivateRecords(storeA, reveal)).toBe(1);
    storeA._flushHistory();
    expect(docNotes(docB)).toEqual([{ id: createShapeId("secret"), text: "Geheim idee", author: null }]);
    const seenByB = storeB.get(createShapeId("secret")) as TLRecord & { meta: Record<string, unknown> };
    expect(isPrivateRecord(seenByB)).toBe(false);
    expect(seenByB.meta).toEqual({});
    expect(publishPrivateRecords(storeA, reveal)).toBe(0);
  });

  it("keeps the author when the reveal is not anonymous or came before the note", () => {
    const { docB, storeA } = room();
    const named = stampPrivate(note(storeA, createShapeId("named"), "Met naam", "anna"), "");
    const afterOldReveal = stampPrivate(note(storeA, createShapeId("later"), "Na de vorige", "anna"), "r1");
    const anonymous = { id: "r1", anonymous: true, at: 1 };
    expect(publishesAnonymously(named, anonymous)).toBe(true);
    expect(publishesAnonymously(afterOldReveal, anonymous)).toBe(false);
    expect(publishesAnonymously(named, { ...anonymous, anonymous: false })).toBe(false);
    expect(publishesAnonymously(named, null)).toBe(false);
    expect((publishedRecord(afterOldReveal, anonymous) as { props: { textLastEditedBy: unknown } }).props.textLastEditedBy).toBe(
      "anna",
    );

    storeA.mergeRemoteChanges(() => storeA.put([named]));
    publishPrivateRecords(storeA, { id: "r2", anonymous: false, at: 2 });
    storeA._flushHistory();
    expect(docNotes(docB)).toEqual([{ id: createShapeId("named"), text: "Met naam", author: "anna" }]);
  });

  it("keeps private notes on the device across a reload, and drops them once published", () => {
    const storage = new MemoryStorage();
    const key = privateStorageKey("room-1", "user-anna");
    const first = room();
    cleanups.push(registerPrivateStamping(first.storeA, { shouldStamp: () => true, currentRevealId: () => "" }));
    cleanups.push(persistPrivateRecords(first.storeA, storage, key));
    put(first.storeA, [note(first.storeA, createShapeId("secret"), "Geheim idee", "anna")]);
    expect(storage.items.has(key)).toBe(true);
    expect(storage.getItem(key)).toContain("Geheim idee");

    // A reload: a fresh store on the same (shared) document, restored from storage.
    const reloaded = client(first.docA);
    expect(restorePrivateRecords(reloaded, storage, key)).toBe(1);
    expect(isPrivateRecord(reloaded.get(createShapeId("secret")))).toBe(true);
    expect(texts(first.docA)).toEqual([]);
    expect(restorePrivateRecords(reloaded, storage, key)).toBe(0); // already there

    cleanups.push(persistPrivateRecords(reloaded, storage, key));
    publishPrivateRecords(reloaded, null);
    reloaded._flushHistory();
    expect(texts(first.docB)).toEqual(["Geheim idee"]);
    expect(storage.items.has(key)).toBe(false);
  });

  it("ignores storage that does not hold saved records", () => {
    const storage = new MemoryStorage();
    const { storeA } = room();
    storage.setItem("k", "not json");
    expect(restorePrivateRecords(storeA, storage, "k")).toBe(0);
    storage.setItem("k", JSON.stringify({ nothing: true }));
    expect(restorePrivateRecords(storeA, storage, "k")).toBe(0);
  });
});
