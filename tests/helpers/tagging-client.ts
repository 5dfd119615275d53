/**
 * A real y-websocket client for the crash test (tests/integration/realtime/crash.test.ts): it
 * writes tagged updates (one map key `<name>:<n>` per update) and records which tags it received
 * from the other clients, i.e. what a person at this client would have seen.
 */
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { TEST_AUTH_SECRET, waitForSync } from "./realtime-harness";
import { mintRoomToken } from "@/lib/server/auth/room-token";

export const TAGS_MAP = "tags";

export class TaggingClient {
  /** Tags this client wrote, in order. */
  readonly sent: string[] = [];
  /** Tags of other clients that reached this one (through the server). */
  readonly received = new Set<string>();

  private constructor(
    readonly name: string,
    readonly provider: WebsocketProvider,
    readonly doc: Y.Doc,
  ) {
    this.tags.observe((event) => {
      if (event.transaction.local) return;
      for (const key of event.keysChanged) {
        if (!key.startsWith(`${name}:`)) this.received.add(key);
      }
    });
  }

  /**
   * Connects to the realtime server on `port` as an editor and resolves once synced. The
   * provider reconnects by itself (backoff capped at `maxBackoffMs`) when the server goes away.
   */
  static async connect(
    port: number,
    roomId: string,
    name: string,
    maxBackoffMs = 250,
  ): Promise<TaggingClient> {
    const token = await mintRoomToken(
      { room: roomId, sub: `user-${name}`, name, role: "editor", facilitator: false },
      TEST_AUTH_SECRET,
    );
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${port}${REALTIME_PATH}`, roomId, doc, {
      params: { token },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      maxBackoffTime: maxBackoffMs,
    });
    const client = new TaggingClient(name, provider, doc);
    await waitForSync(provider, 30_000);
    return client;
  }

  get tags(): Y.Map<boolean> {
    return this.doc.getMap<boolean>(TAGS_MAP);
  }

  /** Connected and synced with the server right now. */
  get isLive(): boolean {
    return this.provider.wsconnected && this.provider.synced;
  }

  /** Writes the next tag as its own update (sent at once when connected, else on reconnect). */
  writeNext(): string {
    const tag = `${this.name}:${this.sent.length}`;
    this.tags.set(tag, true);
    this.sent.push(tag);
    return tag;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
