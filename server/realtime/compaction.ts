/**
 * Compaction: replaces a room's stored snapshot + update log by one snapshot of the in-memory
 * document. It must run inside the room's write queue, where the document holds exactly the
 * updates up to `lastSeq` (updates are applied only after they are stored).
 */
import * as Y from "yjs";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { logger } from "@/lib/server/logger";

export interface CompactionResult {
  /** Size of the written snapshot. */
  bytes: number;
  /** Time the event loop was blocked encoding the snapshot (synchronous). */
  encodeMs: number;
}

/** Writes a snapshot of `doc` covering every stored update with seq <= `lastSeq`. */
export async function compactRoom(
  store: RoomDocumentStore,
  roomId: string,
  doc: Y.Doc,
  lastSeq: number,
): Promise<CompactionResult> {
  const started = performance.now();
  const snapshot = Y.encodeStateAsUpdate(doc);
  const encodeMs = performance.now() - started;
  await store.compact(roomId, snapshot, lastSeq);
  const result = { bytes: snapshot.byteLength, encodeMs };
  logger.debug({ roomId, lastSeq, ...result }, "room compacted");
  if (encodeMs > 100) logger.warn({ roomId, ...result }, "slow snapshot encode");
  return result;
}
