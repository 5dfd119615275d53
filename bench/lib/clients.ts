/**
 * Load-generator clients: the real provider of each protocol over `ws` (y-websocket's
 * `WebsocketProvider` with BroadcastChannel off (STACK.md trap 6: otherwise providers in one
 * process sync without the server), or Hocuspocus's own provider), and tldraw-like records
 * written through y-utility's YKeyValue into the `tldraw` array (doc-layout.ts).
 */
import { EventEmitter } from "node:events";
import { WebsocketProvider } from "y-websocket";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import type { BenchRoom } from "../servers/control";
import type { BenchTarget } from "./targets";

// Hundreds of providers in one process (STACK.md trap 7).
EventEmitter.defaultMaxListeners = 1_000;

export interface BenchClient {
  doc: Y.Doc;
  records: YKeyValue<unknown>;
  awareness: Awareness;
  isSynced(): boolean;
  /** Calls `listener` once, at the provider's next "synced". */
  onceSynced(listener: () => void): void;
  destroy(): void;
}

/** What a client needs of a target: its protocol and where client number `index` connects. */
export type ClientTarget = Pick<BenchTarget, "protocol" | "wsUrlFor">;

const SYNC_TIMEOUT_MS = 30_000;

/** Creates a client of `room` (it starts connecting at once); see `whenSynced`. */
export function openClient(target: ClientTarget, room: BenchRoom, index = 0): BenchClient {
  const doc = new Y.Doc();
  const records = new YKeyValue(getRecordsArray(doc));
  const url = target.wsUrlFor(index);
  if (target.protocol === "hocuspocus") {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.roomId,
      document: doc,
      token: room.token || null,
    });
    provider.attach();
    return {
      doc,
      records,
      awareness: provider.awareness!,
      isSynced: () => provider.isSynced,
      onceSynced: (listener) => {
        const handleSynced = () => {
          provider.off("synced", handleSynced);
          listener();
        };
        provider.on("synced", handleSynced);
      },
      destroy: () => {
        provider.destroy();
        socket.destroy();
        doc.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(url, room.roomId, doc, {
    params: room.token ? { token: room.token } : {},
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // The bench measures one connection per client; no reconnect storms after a refusal.
    maxBackoffTime: 60_000,
  });
  return {
    doc,
    records,
    awareness: provider.awareness,
    isSynced: () => provider.synced,
    onceSynced: (listener) => provider.once("sync", listener),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the client finished its first sync with the server. */
export function whenSynced(client: BenchClient): Promise<void> {
  if (client.isSynced()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("provider did not sync in time")),
      SYNC_TIMEOUT_MS,
    );
    client.onceSynced(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Opens and syncs a client. */
export async function connectClient(
  target: ClientTarget,
  room: BenchRoom,
  index = 0,
): Promise<BenchClient> {
  const client = openClient(target, room, index);
  await whenSynced(client);
  return client;
}

export function closeClient(client: BenchClient): void {
  client.destroy();
}

/** Resolves once the client holds at least `count` records (rejects after `timeoutMs`). */
export async function waitForRecords(
  client: BenchClient,
  count: number,
  timeoutMs = 30_000,
): Promise<void> {
  if (client.records.map.size >= count) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.records.off("change", check);
      reject(new Error(`only ${client.records.map.size} of ${count} records arrived`));
    }, timeoutMs);
    function check() {
      if (client.records.map.size < count) return;
      clearTimeout(timer);
      client.records.off("change", check);
      resolve();
    }
    client.records.on("change", check);
  });
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
