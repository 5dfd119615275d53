/**
 * Many real y-websocket clients against one realtime server (a child process, realtime-child.ts),
 * for the reconnect-storm tests: pupils spread over rooms, each writing tagged keys into one map,
 * and the checks that every client of a room ended with the same document as the store.
 */
import * as Y from "yjs";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { TEST_AUTH_SECRET, loadStoredDoc, waitUntil } from "./realtime-harness";

/** Every y-websocket provider adds a process "exit" listener (STACK.md trap 7): room for 200+. */
process.setMaxListeners(500);

export interface StormClient {
  name: string;
  roomId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes this client's connections ended with, oldest first. */
  closeCodes: number[];
}

/** The map every storm client writes its tagged keys into. */
export const stormKeys = (doc: Y.Doc) => doc.getMap<boolean>("storm");

/**
 * Opens `perRoom` providers in each of `roomIds`, all at once (no waiting in between), like a
 * class opening the board together. Reconnects are left to y-websocket itself; a short
 * `maxBackoffTime` (its default is 2.5 s) keeps the test short while the server is away.
 */
export async function connectStormClients(
  port: number,
  roomIds: string[],
  perRoom: number,
): Promise<StormClient[]> {
  const plans = roomIds.flatMap((roomId, roomIndex) =>
    Array.from({ length: perRoom }, (_, index) => ({ roomId, name: `r${roomIndex}p${index}` })),
  );
  const tokens = await Promise.all(
    plans.map(({ roomId, name }) =>
      mintRoomToken(
        { room: roomId, sub: `pupil-${name}`, name, role: "editor", facilitator: false },
        TEST_AUTH_SECRET,
      ),
    ),
  );
  return plans.map(({ roomId, name }, index) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${port}${REALTIME_PATH}`, roomId, doc, {
      params: { token: tokens[index]! },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      maxBackoffTime: 1_000,
    });
    provider.awareness.setLocalStateField("user", { name });
    const closeCodes: number[] = [];
    provider.on("connection-close", (event) => closeCodes.push(event?.code ?? 0));
    return { name, roomId, doc, provider, closeCodes };
  });
}

/** Every client writes `<name>:<tag>` (connected or not: offline edits sync on reconnect). */
export function writeTag(clients: StormClient[], tag: string): void {
  for (const client of clients) stormKeys(client.doc).set(`${client.name}:${tag}`, true);
}

/** The keys a room's document holds once every client's writes with `tags` arrived. */
export function expectedKeys(clients: StormClient[], roomId: string, tags: string[]): string[] {
  return clients
    .filter((client) => client.roomId === roomId)
    .flatMap((client) => tags.map((tag) => `${client.name}:${tag}`))
    .sort();
}

/** Waits until every client is connected, synced and holds every key of its room with `tags`. */
export async function waitForConvergence(
  clients: StormClient[],
  tags: string[],
  timeoutMs: number,
): Promise<void> {
  const counts = new Map<string, number>();
  for (const client of clients) counts.set(client.roomId, (counts.get(client.roomId) ?? 0) + 1);
  await waitUntil(
    () =>
      clients.every(
        (client) =>
          client.provider.wsconnected &&
          client.provider.synced &&
          stormKeys(client.doc).size === counts.get(client.roomId)! * tags.length,
      ),
    timeoutMs,
    `${clients.length} clients converged`,
  );
}

/** What one room looks like, for comparing clients with each other and with the store. */
export interface DocumentView {
  keys: string[];
  stateVector: [number, number][];
}

export function viewOf(doc: Y.Doc): DocumentView {
  return {
    keys: [...stormKeys(doc).keys()].sort(),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b),
  };
}

/** The stored document of `roomId` (snapshot + update log), as a view. */
export async function storedView(store: RoomDocumentStore, roomId: string): Promise<DocumentView> {
  const stored = await loadStoredDoc(store, roomId);
  try {
    return viewOf(stored);
  } finally {
    stored.destroy();
  }
}

export function destroyStormClients(clients: StormClient[]): void {
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
}
