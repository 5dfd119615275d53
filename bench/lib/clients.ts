/**
 * Load-generator clients: y-websocket's real `WebsocketProvider` over `ws`, BroadcastChannel off
 * (STACK.md trap 6: otherwise providers in one process sync without the server), and tldraw-like
 * records written through y-utility's YKeyValue into the `tldraw` array (doc-layout.ts).
 */
import { EventEmitter } from "node:events";
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import type { BenchRoom } from "../servers/control";

// Dozens of providers in one process (STACK.md trap 7).
EventEmitter.defaultMaxListeners = 200;

export interface BenchClient {
  doc: Y.Doc;
  records: YKeyValue<unknown>;
  provider: WebsocketProvider;
}

const SYNC_TIMEOUT_MS = 20_000;

/** Creates a provider for `room` (it starts connecting at once); see `whenSynced`. */
export function openClient(wsUrl: string, room: BenchRoom): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room.roomId, doc, {
    params: room.token ? { token: room.token } : {},
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // The bench measures one connection per client; no reconnect storms after a refusal.
    maxBackoffTime: 60_000,
  });
  return { doc, provider, records: new YKeyValue(getRecordsArray(doc)) };
}

/** Resolves once the provider finished its first sync with the server. */
export function whenSynced(client: BenchClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("provider did not sync in time")),
      SYNC_TIMEOUT_MS,
    );
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Opens and syncs a client. */
export async function connectClient(wsUrl: string, room: BenchRoom): Promise<BenchClient> {
  const client = openClient(wsUrl, room);
  await whenSynced(client);
  return client;
}

export function closeClient(client: BenchClient): void {
  client.provider.destroy();
  client.doc.destroy();
}

/** Runs `task` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A tldraw 5 note shape record as tldraw stores it (what the canvas writes for a sticky note). */
export function noteRecord(
  index: number,
  meta: Record<string, unknown> = {},
): { id: string } & Record<string, unknown> {
  return {
    id: `shape:bench${index}`,
    typeName: "shape",
    type: "note",
    x: (index % 50) * 220,
    y: Math.floor(index / 50) * 220,
    rotation: 0,
    index: `a${index.toString(36).padStart(4, "0")}`,
    parentId: "page:page",
    isLocked: false,
    opacity: 1,
    meta,
    props: {
      color: "yellow",
      labelColor: "black",
      size: "m",
      font: "draw",
      fontSizeAdjustment: 0,
      align: "middle",
      verticalAlign: "middle",
      growY: 0,
      url: "",
      scale: 1,
      richText: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: `Idea ${index}` }] }],
      },
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
