/**
 * The memory figures a test reads from a realtime child process over its IPC channel (only the
 * test entry realtime-child-server.ts answers them, with answer-memory-reports.ts; the
 * production server has no such door). Taken right after a forced full garbage collection, so
 * `heapUsed` is what is still reachable: what a leak would make grow, and `instances` counts
 * the documents, rooms and connections still alive.
 */

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
  /** Live instances of Y.Doc, Room, Connection and ws's WebSocket. */
  instances: Record<CountedClass, number>;
}

export type CountedClass = "Doc" | "Room" | "Connection" | "WebSocket";

/** Asks for a ChildMemoryReport: a forced GC and a walk of the heap per counted class (seconds). */
export const MEMORY_REPORT_REQUEST = "memory-report";
/** Asks for RealtimeServer.stats() only: cheap, for polling. */
export const STATS_REQUEST = "stats";
