/**
 * The child side of child-memory-report.ts: answers the parent's MEMORY_REPORT_REQUEST after a
 * forced GC (the child runs with --expose-gc). Import only from a child entry: it counts timers
 * through live-timers.ts, which wraps the process's global timer functions.
 */
import { WebSocket } from "ws";
import * as Y from "yjs";
import { Connection } from "@/server/realtime/connection";
import { Room } from "@/server/realtime/room";
import {
  MEMORY_REPORT_REQUEST,
  STATS_REQUEST,
  type ChildMemoryReport,
  type CountedClass,
} from "./child-memory-report";
import { countLiveInstances } from "./live-instances";
import { liveTimerCount } from "./live-timers";

/**
 * What one room or connection holds; each is 0 on an idle server. (A room's Awareness holds its
 * Y.Doc, so a leaked one shows as a Doc; each class counted costs a walk of the heap.)
 */
const COUNTED_CLASSES = { Doc: Y.Doc, Room, Connection, WebSocket };

type ServerStats = () => { rooms: number; connections: number };

/** Answers the parent's MEMORY_REPORT_REQUEST (a ChildMemoryReport) and STATS_REQUEST. */
export function answerMemoryReports(stats: ServerStats): void {
  if (!process.send) return;
  process.on("message", (message) => {
    if (message === STATS_REQUEST) process.send!(stats());
    if (message !== MEMORY_REPORT_REQUEST) return;
    void memoryReport(stats).then((report) => process.send!(report));
  });
}

async function memoryReport(stats: ServerStats): Promise<ChildMemoryReport> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("start the child with --expose-gc");
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  collect();
  collect();
  const memory = process.memoryUsage();
  const resources: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) resources[kind] = (resources[kind] ?? 0) + 1;
  const instances = await countLiveInstances(COUNTED_CLASSES);
  return {
    heapUsed: memory.heapUsed,
    rss: memory.rss,
    external: memory.external,
    ...stats(),
    timers: liveTimerCount(),
    resources,
    instances: instances as Record<CountedClass, number>,
  };
}
