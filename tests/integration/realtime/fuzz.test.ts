/**
 * Fuzzing the realtime endpoint: seeded hostile frames (tests/helpers/fuzz-frames.ts), each sent
 * on its own raw websocket with a valid editor token, next to two real y-websocket providers of
 * other people in the same room. For every frame: the sender is closed with the frame's
 * documented code, or the server ignores it and answers the next frame; nothing is stored; the
 * providers keep their socket, their documents and each other's presence.
 *
 * CI runs FUZZ_FRAMES (default 2,000) frames of seed FUZZ_SEED (default below); a long run:
 *   FUZZ_FRAMES=200000 npx vitest run tests/integration/realtime/fuzz.test.ts
 * A failure prints the seed and the frame's index, kind and bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import {
  createFrameGenerator,
  type FuzzFrame,
  type FuzzOutcome,
  type FuzzTargets,
} from "@/tests/helpers/fuzz-frames";
import {
  RealtimeHarness,
  loadStoredDoc,
  waitUntil,
  type TestClient,
} from "@/tests/helpers/realtime-harness";

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_2026);
/** Sync step 1 with an empty state vector: the server answers it with a sync step 2. */
const PROBE = Uint8Array.of(0, 0, 1, 0);
const CHECKPOINT_EVERY = 250;

/** Counts writes to the store: a fuzz frame must never get anything stored. */
function countingStore(counter: { appends: number }) {
  return (store: RoomDocumentStore): RoomDocumentStore =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (property === "appendUpdates") counter.appends += 1;
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
}

/** Sends `frame` then the probe; resolves with the close code, or "answered". */
function outcomeOf(socket: WebSocket, frame: FuzzFrame): Promise<FuzzOutcome> {
  return new Promise((resolve, reject) => {
    socket.on("error", () => {});
    socket.once("close", (code) => resolve(code));
    socket.on("message", (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) resolve("answered");
    });
    socket.once("open", () => {
      socket.send(frame.payload, { binary: typeof frame.payload !== "string" });
      socket.send(PROBE);
    });
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`upgrade refused with ${response.statusCode}`)),
    );
  });
}

function closeAndWait(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once("close", () => resolve());
    socket.close();
  });
}

function hex(payload: Uint8Array | string): string {
  const bytes = typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
  const shown = Buffer.from(bytes.slice(0, 64)).toString("hex");
  return bytes.length > 64 ? `${shown}… (${bytes.length} bytes)` : shown;
}

describe(`fuzzing the realtime endpoint (seed ${SEED}, ${FRAMES} frames)`, () => {
  const counter = { appends: 0 };
  let harness: RealtimeHarness;
  let roomId: string;
  let anna: TestClient;
  let bram: TestClient;

  beforeAll(async () => {
    harness = await RealtimeHarness.start(
      // Every frame opens a connection: the address limit is not what is tested here.
      { limits: { connectionsPerMinute: 100_000_000 } },
      countingStore(counter),
    );
    roomId = await harness.createRoom();
    anna = await harness.connect(roomId);
    bram = await harness.connect(roomId);
    anna.doc.getMap("shared").set("note", "written before the fuzzing");
    anna.provider.awareness.setLocalStateField("user", { name: "Anna" });
    bram.provider.awareness.setLocalStateField("user", { name: "Bram" });
    await waitUntil(() => bram.doc.getMap("shared").get("note") !== undefined);
    await waitUntil(() => presenceSeen(anna, bram) && presenceSeen(bram, anna), 10_000, "presence");
    await harness.server.changeDocument(roomId, () => {}); // waits for the writes above
  });
  afterAll(async () => {
    await harness.close();
  });

  function presenceSeen(viewer: TestClient, subject: TestClient): boolean {
    const seen = viewer.provider.awareness.getStates().get(subject.doc.clientID);
    return JSON.stringify(seen) === JSON.stringify(subject.provider.awareness.getLocalState());
  }

  function targets(): FuzzTargets {
    const awareness = [anna, bram].map((client) => ({
      clientId: client.doc.clientID,
      clock: client.provider.awareness.meta.get(client.doc.clientID)?.clock ?? 0,
    }));
    const docClients = [...Y.decodeStateVector(Y.encodeStateVector(anna.doc))].map(
      ([clientId, nextClock]) => ({ clientId, nextClock }),
    );
    return { awareness, docClients };
  }

  it(
    "closes only the sender, with the documented code, and leaves the room as it was",
    async () => {
      const sockets = [anna.provider.ws, bram.provider.ws];
      const stateVector = Y.encodeStateVector(anna.doc);
      const storedBefore = Y.encodeStateAsUpdate(await loadStoredDoc(harness.store, roomId));
      const appendsBefore = counter.appends;
      let token = "";
      const nextFrame = createFrameGenerator(SEED, targets);
      const tally = new Map<string, number>();
      const started = performance.now();

      for (let index = 0; index < FRAMES; index++) {
        // Room tokens live 10 minutes and a long run takes longer: a fresh one now and then.
        if (index % 1_000 === 0) token = await harness.token(roomId, { sub: "fuzzer" });
        const frame = nextFrame();
        const socket = harness.rawSocket(roomId, token);
        const outcome = await outcomeOf(socket, frame);
        await closeAndWait(socket);
        const where = `seed ${SEED}, frame ${index} (${frame.kind}): ${hex(frame.payload)}`;
        expect(frame.allowed, where).toContain(outcome);
        tally.set(`${frame.kind} → ${outcome}`, (tally.get(`${frame.kind} → ${outcome}`) ?? 0) + 1);

        // The other clients are untouched: same socket, same document, same view of each other.
        expect(anna.provider.ws, where).toBe(sockets[0]);
        expect(bram.provider.ws, where).toBe(sockets[1]);
        expect(Y.encodeStateVector(anna.doc), where).toEqual(stateVector);
        expect(Y.encodeStateVector(bram.doc), where).toEqual(stateVector);
        expect(presenceSeen(anna, bram) && presenceSeen(bram, anna), where).toBe(true);
        expect(counter.appends, where).toBe(appendsBefore);
        if ((index + 1) % 20_000 === 0)
          process.stdout.write(`fuzz: ${index + 1} frames, crashes 0\n`);
        if ((index + 1) % CHECKPOINT_EVERY === 0 || index === FRAMES - 1) {
          const stored = Y.encodeStateAsUpdate(await loadStoredDoc(harness.store, roomId));
          expect(stored, where).toEqual(storedBefore);
          expect(Y.encodeStateAsUpdate(bram.doc), where).toEqual(Y.encodeStateAsUpdate(anna.doc));
        }
      }

      const seconds = (performance.now() - started) / 1000;
      const kinds = [...tally].sort().map(([kind, count]) => `  ${kind}: ${count}`);
      process.stdout.write(
        `fuzz: seed ${SEED}, ${FRAMES} frames in ${seconds.toFixed(1)} s, crashes 0\n${kinds.join("\n")}\n`,
      );
      // The server still serves the room: a real edit reaches the other client and the store.
      bram.doc.getMap("shared").set("after", "still works");
      await waitUntil(() => anna.doc.getMap("shared").get("after") === "still works");
      await harness.server.changeDocument(roomId, () => {});
      const stored = await loadStoredDoc(harness.store, roomId);
      expect(stored.getMap("shared").toJSON()).toEqual({
        note: "written before the fuzzing",
        after: "still works",
      });
      expect(harness.server.stats().connections).toBe(2);
    },
    Math.max(60_000, FRAMES * 20),
  );
});
