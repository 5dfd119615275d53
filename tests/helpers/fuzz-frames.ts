/**
 * A seeded generator of hostile y-websocket frames for tests/integration/realtime/fuzz.test.ts.
 * The same seed gives the same frames, so a failure can be replayed from the seed and index the
 * test prints. Each frame names the outcomes it may have: a close code, or "answered" (the
 * server ignored it, or took it as the sender's own presence, and answered the next frame).
 */
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { MAX_MESSAGE_BYTES, MessageType } from "@/lib/shared/realtime/protocol";

export type FuzzOutcome = "answered" | number;

export interface FuzzFrame {
  kind: string;
  payload: Uint8Array | string;
  allowed: FuzzOutcome[];
}

/** Awareness client ids of the real clients in the room with their current clocks. */
export interface FuzzTargets {
  awareness: { clientId: number; clock: number }[];
  /** Yjs client ids in the room's document with their next clock. */
  docClients: { clientId: number; nextClock: number }[];
}

/** mulberry32: small, fast and good enough to spread frames over the kinds. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALFORMED = [CloseCode.malformedMessage];
/** Placeholder that is swapped for invalid UTF-8 bytes of the same length after encoding. */
const MARKER = "QZQZ";
const INVALID_UTF8 = [0xff, 0xfe, 0xc0, 0x80];

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

function awarenessFrame(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const update = frame((encoder) => {
    encoding.writeVarUint(encoder, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.json);
    }
  });
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** Replaces every MARKER in `bytes` by invalid UTF-8 (same length, so lengths stay right). */
function withInvalidUtf8(bytes: Uint8Array): Uint8Array {
  const marker = new TextEncoder().encode(MARKER);
  const out = bytes.slice();
  for (let at = 0; at + marker.length <= out.length; at++) {
    if (marker.every((byte, offset) => out[at + offset] === byte)) out.set(INVALID_UTF8, at);
  }
  return out;
}

export function createFrameGenerator(seed: number, targets: () => FuzzTargets): () => FuzzFrame {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(256));
  const freshClientId = () => 1 + int(0x7fffffff);

  /** A real update of a fresh client that builds on something the room never got. */
  function updateWithMissingDependency(): Uint8Array {
    const doc = new Y.Doc();
    doc.clientID = freshClientId();
    const map = doc.getMap("shared");
    const text = `${MARKER}${int(1000)}`;
    const variant = int(5);
    if (variant === 0) {
      // Overwrites a key: the new item's origin is the first item, which is not sent.
      map.set("k", text);
      const before = Y.encodeStateVector(doc);
      map.set("k", `${text}!`);
      return Y.encodeStateAsUpdate(doc, before);
    }
    if (variant === 1) {
      // Starts at clock > 0 of a client the room has never seen.
      map.set("a", text);
      const before = Y.encodeStateVector(doc);
      map.set("b", text);
      return Y.encodeStateAsUpdate(doc, before);
    }
    if (variant === 2) {
      // Writes into a nested map whose creation is not sent (unknown parent).
      const nested = new Y.Map<string>();
      map.set("nested", nested);
      const before = Y.encodeStateVector(doc);
      nested.set("x", text);
      return Y.encodeStateAsUpdate(doc, before);
    }
    if (variant === 3) {
      // Deletes an item the room never got.
      map.set("gone", text);
      const before = Y.encodeStateVector(doc);
      map.delete("gone");
      return Y.encodeStateAsUpdate(doc, before);
    }
    // Continues a real client's history past its end (its future clock range).
    const known = targets().docClients;
    const target = known.length > 0 ? pick(known) : { clientId: freshClientId(), nextClock: 0 };
    const gap = 1 + int(50);
    const forged = new Y.Doc();
    forged.clientID = target.clientId;
    const array = forged.getArray("padding");
    array.insert(
      0,
      Array.from({ length: target.nextClock + gap }, () => 0),
    );
    const before = new Map([[target.clientId, target.nextClock + gap]]);
    forged.getMap("room").set("activeStage", text);
    return Y.encodeStateAsUpdate(forged, Y.encodeStateVector(before));
  }

  // Not a fuzz frame: a well-formed update whose items refer to items the room lacks. A client
  // that edits right after reconnecting (to another instance, or after offline edits) sends such
  // updates before its sync step 2 delivers what they refer to, so they are accepted and Yjs
  // keeps them pending until then (refusing them broke the kill -9 failover test).
  const generators: (() => FuzzFrame)[] = [
    () => {
      const payload = bytes(int(600));
      return { kind: "random bytes", payload, allowed: [...MALFORMED, "answered"] };
    },
    () => {
      // A valid frame cut short: any prefix of it misses bytes its lengths promise.
      const whole = pick([
        () => syncFrame(0, Uint8Array.of(1, 5, 3)),
        () => syncFrame(2, updateWithMissingDependency()),
        () =>
          awarenessFrame([{ clientId: freshClientId(), clock: 1, json: '{"user":{"name":"x"}}' }]),
      ])();
      return {
        kind: "truncated frame",
        payload: whole.slice(0, int(whole.length)),
        allowed: MALFORMED,
      };
    },
    () => {
      const huge = pick([2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER, MAX_MESSAGE_BYTES * 4]);
      const type = pick([MessageType.sync, MessageType.awareness]);
      const payload = frame((encoder) => {
        encoding.writeVarUint(encoder, type);
        if (type === MessageType.sync) encoding.writeVarUint(encoder, int(3));
        encoding.writeVarUint(encoder, huge);
        encoding.writeUint8Array(encoder, bytes(int(40)));
      });
      return { kind: "length far beyond the frame", payload, allowed: MALFORMED };
    },
    () => {
      const payload = pick([
        () => frame((encoder) => encoding.writeVarUint(encoder, 4 + int(1_000_000))),
        () => Uint8Array.of(MessageType.sync, 3 + int(120), 0),
        () => Uint8Array.of(MessageType.auth, int(3)),
        () => Uint8Array.of(MessageType.queryAwareness, int(256)),
      ])();
      return { kind: "wrong message type", payload, allowed: MALFORMED };
    },
    () => {
      // Someone else's presence with a newer clock (past any renewal meanwhile): refused.
      const known = targets().awareness;
      const target = pick(known);
      const json = JSON.stringify({ user: { name: "Spoofed" }, stage: "define" });
      const entries = [{ clientId: target.clientId, clock: target.clock + 10 + int(1000), json }];
      if (int(2) === 0) entries.unshift({ clientId: freshClientId(), clock: 1, json: "{}" });
      return {
        kind: "awareness for another client",
        payload: awarenessFrame(entries),
        allowed: [CloseCode.forbidden],
      };
    },
    () => {
      // What honest clients send too: echoes (same clock) and removals of others' states.
      const target = pick(targets().awareness);
      const removal = int(2) === 0;
      const entry = {
        clientId: target.clientId,
        clock: removal ? target.clock + int(3) : Math.max(0, target.clock - int(2)),
        json: removal ? "null" : JSON.stringify({ user: { name: "Echo" } }),
      };
      return {
        kind: "awareness echo or removal of another client",
        payload: awarenessFrame([entry]),
        allowed: ["answered"],
      };
    },
    () => {
      // lib0 decodes strings with a fatal UTF-8 decoder: invalid bytes never become U+FFFD.
      const json = int(2) === 0 ? `{"user":{"name":"${MARKER}"}}` : `{"user":${MARKER}}`;
      const payload = withInvalidUtf8(
        awarenessFrame([{ clientId: freshClientId(), clock: 1, json }]),
      );
      return { kind: "awareness with invalid UTF-8", payload, allowed: MALFORMED };
    },
    () => {
      // An update the room could apply, but for the invalid UTF-8 in its key or value.
      const doc = new Y.Doc();
      doc.clientID = freshClientId();
      doc.getMap(pick(["shared", "room", "tldraw"])).set(int(2) === 0 ? MARKER : "key", MARKER);
      const payload = syncFrame(pick([1, 2]), withInvalidUtf8(Y.encodeStateAsUpdate(doc)));
      return { kind: "update with invalid UTF-8", payload, allowed: MALFORMED };
    },
    () => ({ kind: "text frame", payload: "\u0000\u0001 hello", allowed: MALFORMED }),
    () => {
      const stateVector = frame((encoder) => {
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint(encoder, freshClientId());
        encoding.writeVarUint(encoder, int(1000));
      });
      return {
        kind: "harmless sync step 1",
        payload: syncFrame(0, stateVector),
        allowed: ["answered"],
      };
    },
  ];

  return () => {
    // Oversized frames cost 2 MiB each: about one in 500.
    if (int(500) === 0) {
      return {
        kind: "oversized frame",
        payload: syncFrame(2, new Uint8Array(MAX_MESSAGE_BYTES + 1 + int(1000))),
        allowed: [CloseCode.messageTooBig],
      };
    }
    return pick(generators)();
  };
}
