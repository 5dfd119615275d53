/**
 * Shared setup for the realtime integration tests: a real http server on a random port with
 * `createRealtimeServer`, the real Prisma document store on a fresh database (test-database.ts:
 * SQLite by default, PostgreSQL with TEST_DATABASE=postgres), rooms made by `createRoom`, and
 * real y-websocket providers (BroadcastChannel off, STACK.md trap 6).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EventEmitter } from "node:events";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import type { RoomTokenClaims } from "@/lib/shared/realtime/room-token";
import {
  createRealtimeServer,
  type RealtimeServer,
  type RealtimeServerOptions,
} from "@/server/realtime/realtime-server";
import { createTestDatabase, type TestDatabase } from "./test-database";

// Many providers in one process (STACK.md trap 7).
EventEmitter.defaultMaxListeners = 100;

export const TEST_AUTH_SECRET = "realtime-test-secret-0123456789-abcdefghijklmnop";

export type ServerTuning = Omit<RealtimeServerOptions, "store" | "authSecret">;

export interface ConnectOptions {
  role?: RoomTokenClaims["role"];
  facilitator?: boolean;
  doc?: Y.Doc;
  /** Use this token instead of minting one. */
  token?: string;
  /** Wait for the first 'sync' event (default true). */
  waitForSync?: boolean;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export class RealtimeHarness {
  server!: RealtimeServer;
  private http!: Server;
  private port = 0;
  private readonly clients = new Set<WebsocketProvider>();

  private constructor(
    readonly database: TestDatabase,
    readonly store: RoomDocumentStore,
  ) {}

  /**
   * Starts a database and a server with `tuning`. `wrapStore` lets a test observe or slow down
   * the real store (it still writes to the real database).
   */
  static async start(
    tuning: ServerTuning = {},
    wrapStore: (store: RoomDocumentStore) => RoomDocumentStore = (store) => store,
  ): Promise<RealtimeHarness> {
    const database = await createTestDatabase();
    const harness = new RealtimeHarness(database, wrapStore(database.store));
    await harness.listen(tuning);
    return harness;
  }

  get wsBaseUrl(): string {
    return `ws://127.0.0.1:${this.port}${REALTIME_PATH}`;
  }

  /** Creates a room (with the initial document, activeStage "empathize") and returns its id. */
  createRoom(): Promise<string> {
    return this.database.createRoom();
  }

  token(
    roomId: string,
    claims: Partial<RoomTokenClaims> = {},
    ttlSeconds?: number,
  ): Promise<string> {
    const full: RoomTokenClaims = {
      room: claims.room ?? roomId,
      sub: claims.sub ?? `user-${Math.random().toString(36).slice(2, 10)}`,
      name: claims.name ?? "Tester",
      role: claims.role ?? "editor",
      facilitator: claims.facilitator ?? false,
    };
    return mintRoomToken(full, TEST_AUTH_SECRET, ttlSeconds);
  }

  /** Connects a real WebsocketProvider; by default resolves after its first sync. */
  async connect(roomId: string, options: ConnectOptions = {}): Promise<TestClient> {
    const doc = options.doc ?? new Y.Doc();
    const token =
      options.token ??
      (await this.token(roomId, { role: options.role, facilitator: options.facilitator }));
    const provider = new WebsocketProvider(this.wsBaseUrl, roomId, doc, {
      params: { token },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      maxBackoffTime: 200,
    });
    this.clients.add(provider);
    if (options.waitForSync !== false) await waitForSync(provider);
    return { doc, provider };
  }

  /** Disconnects and forgets a client. */
  disconnect(client: TestClient): void {
    client.provider.destroy();
    this.clients.delete(client.provider);
  }

  /** Opens a raw `ws` socket to a room (for malformed frames and HTTP refusals). */
  rawSocket(roomId: string, token: string | null, path?: string): WebSocket {
    const query = token === null ? "" : `?token=${encodeURIComponent(token)}`;
    return new WebSocket(
      `ws://127.0.0.1:${this.port}${path ?? `${REALTIME_PATH}/${roomId}`}${query}`,
    );
  }

  /** Stops the realtime server and starts a new one on the same port and database. */
  async restart(tuning: ServerTuning = {}): Promise<void> {
    await this.stopServer();
    await this.listen(tuning, this.port);
  }

  async close(): Promise<void> {
    for (const provider of this.clients) provider.destroy();
    this.clients.clear();
    await this.stopServer();
    await this.database.drop();
  }

  private async listen(tuning: ServerTuning, port = 0): Promise<void> {
    this.server = createRealtimeServer({
      store: this.store,
      authSecret: TEST_AUTH_SECRET,
      ...tuning,
    });
    this.http = createServer((_request, response) => response.writeHead(404).end());
    this.http.on("upgrade", (request, socket, head) =>
      this.server.handleUpgrade(request, socket, head),
    );
    await new Promise<void>((resolve) => this.http.listen(port, "127.0.0.1", resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  private async stopServer(): Promise<void> {
    await this.server.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

/** Resolves on the provider's first 'sync' event. */
export function waitForSync(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("provider did not sync")), timeoutMs);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `condition` until it holds (or fails after `timeoutMs`). */
export async function waitUntil(
  condition: () => boolean,
  timeoutMs = 10_000,
  what = "condition",
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Polls an async `condition` until it holds (or fails after `timeoutMs`). */
export async function waitUntilAsync(
  condition: () => Promise<boolean>,
  timeoutMs = 10_000,
  what = "condition",
): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves with the close code of a raw socket. */
export function closeCodeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once("close", (code) => resolve(code)));
}

/** Resolves when a raw socket is open. */
export function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
}

/** Resolves with the HTTP status of a refused upgrade (rejects if the websocket opened). */
export function refusedStatus(socket: WebSocket): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    socket.once("open", () => reject(new Error("websocket opened but should have been refused")));
    socket.on("error", () => {});
    socket.once("unexpected-response", (_request, response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
  });
}

/** The document as stored: loads snapshot + updates from the store into a fresh Y.Doc. */
export async function loadStoredDoc(store: RoomDocumentStore, roomId: string): Promise<Y.Doc> {
  const stored = await store.load(roomId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}
