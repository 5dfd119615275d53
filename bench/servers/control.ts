/**
 * The small HTTP control surface both measured server processes expose beside their websocket
 * endpoint, so the load generator (another process, on another core) can prepare rooms and read
 * figures that only the server process itself can know (its RSS, its loaded rooms).
 *
 *   POST /bench/rooms?count=N  → { rooms: [{ roomId, token }] }
 *   GET  /bench/memory         → { rss, heapUsed, heapTotal, external, arrayBuffers } after a forced GC when run with --expose-gc
 *   GET  /bench/stats          → { rooms, connections }
 *   GET  /bench/loop[?reset=1] → LoopReading (event-loop stalls since the last reset; loop-probe.ts)
 *   GET  /bench/persistence[?reset=1] → { events: PersistenceEvent[] } (compactions, flushes)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { startLoopProbe } from "./loop-probe";

export interface BenchRoom {
  roomId: string;
  /** Room token for the `token` query parameter ("" when the server checks none). */
  token: string;
}

/** One whole-document write of a room: Cocreate's compaction, a peer's persistence flush. */
export interface PersistenceEvent {
  kind: "compaction" | "flush";
  /** Epoch ms (loop-probe.ts `epochNow`). */
  startedAt: number;
  endedAt: number;
  /** Part of it that ran synchronously on the event loop (encoding the snapshot), when known. */
  syncMs: number | null;
  /** Building the snapshot in a worker thread, off the event loop (Cocreate), when known. */
  offLoopMs?: number | null;
  bytes: number | null;
}

export interface ControlHandlers {
  createRooms(count: number): Promise<BenchRoom[]>;
  stats(): { rooms: number; connections: number };
  /** Persistence events since the last reset (servers without persistence omit it). */
  persistence?: { read(reset: boolean): PersistenceEvent[] };
}

const loopProbe = startLoopProbe();

const MAX_ROOMS_PER_REQUEST = 1_000;

/** Answers a control request; responds 404 to anything else. */
export async function handleControlRequest(
  request: IncomingMessage,
  response: ServerResponse,
  handlers: ControlHandlers,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://bench.invalid");
  try {
    if (request.method === "POST" && url.pathname === "/bench/rooms") {
      const count = Number(url.searchParams.get("count") ?? "1");
      if (!Number.isInteger(count) || count < 1 || count > MAX_ROOMS_PER_REQUEST) {
        return sendJson(response, 400, { error: "count must be 1..1000" });
      }
      return sendJson(response, 200, { rooms: await handlers.createRooms(count) });
    }
    if (request.method === "GET" && url.pathname === "/bench/memory") {
      // Two passes: the first may only schedule finalizers that free more on the second.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      return sendJson(response, 200, {
        rss,
        heapUsed,
        heapTotal,
        external,
        arrayBuffers,
        gcForced: gc !== undefined,
      });
    }
    if (request.method === "GET" && url.pathname === "/bench/cpu") {
      // The whole process (every thread): user and system CPU time since it started, in ms.
      const { user, system } = process.cpuUsage();
      return sendJson(response, 200, { userMs: user / 1000, systemMs: system / 1000 });
    }
    if (request.method === "GET" && url.pathname === "/bench/stats") {
      return sendJson(response, 200, handlers.stats());
    }
    const reset = url.searchParams.get("reset") === "1";
    if (request.method === "GET" && url.pathname === "/bench/loop") {
      return sendJson(response, 200, loopProbe.read(reset));
    }
    if (request.method === "GET" && url.pathname === "/bench/persistence") {
      return sendJson(response, 200, { events: handlers.persistence?.read(reset) ?? [] });
    }
    sendJson(response, 404, { error: "not found" });
  } catch (error) {
    sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The line a server process prints on stdout once it listens; the parent waits for it. */
export function announceReady(port: number): void {
  process.stdout.write(`${JSON.stringify({ ready: true, port })}\n`);
}
