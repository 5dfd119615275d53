/**
 * The memory figures a test reads from a realtime child process over its IPC channel (only the
 * test entry realtime-child-server.ts answers them; the production server has no such door).
 * Taken right after a forced full garbage collection (the child runs with --expose-gc), so
 * `heapUsed` is what is still reachable: what a leak would make grow.
 */
import { liveTimerCount } from "./live-timers";

export interface ChildMemoryReport {
  /** V8 heap in use after GC, bytes. */
  heapUsed: number;
  /** Resident set size after GC, bytes (allocators keep freed pages: informative only). */
  rss: number;
  /** Memory of Buffers and other objects outside the V8 heap, bytes. */
  external: number;
  /** Loaded rooms and open connections (RealtimeServer.stats()). */
  rooms: number;
  connections: number;
  /** Pending timers set through the globals, unref'd ones included (live-timers.ts). */
  timers: number;
  /** process.getActiveResourcesInfo() by kind (sockets, servers, ref'd timers). */
  resources: Record<string, number>;
}

export const MEMORY_REPORT_REQUEST = "memory-report";

/** Answers MEMORY_REPORT_REQUEST messages from the parent with a ChildMemoryReport. */
export function answerMemoryReports(stats: () => { rooms: number; connections: number }): void {
  if (!process.send) return;
  process.on("message", (message) => {
    if (message !== MEMORY_REPORT_REQUEST) return;
    const collect = (globalThis as { gc?: () => void }).gc;
    if (!collect) throw new Error("start the child with --expose-gc");
    // Twice: the first pass can leave objects whose finalizers free more on the second.
    collect();
    collect();
    const memory = process.memoryUsage();
    const resources: Record<string, number> = {};
    for (const kind of process.getActiveResourcesInfo())
      resources[kind] = (resources[kind] ?? 0) + 1;
    const report: ChildMemoryReport = {
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      external: memory.external,
      ...stats(),
      timers: liveTimerCount(),
      resources,
    };
    process.send!(report);
  });
}
