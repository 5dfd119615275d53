/**
 * Compaction: folds a room's stored update log into its snapshot. The store builds the snapshot
 * from what is stored (see RoomDocumentStore.compact), so it is correct whatever this process
 * holds in memory, and with several instances only one compacts a room at a time.
 */
import type {
  CompactionOutcome,
  RoomDocumentStore,
} from "@/lib/server/documents/room-document-store";
import { logger } from "@/lib/server/logger";

/** Compacts the room's stored updates (up to `upToSeq`, default all) and logs the cost. */
export async function compactRoom(
  store: RoomDocumentStore,
  roomId: string,
  upToSeq?: number,
): Promise<CompactionOutcome> {
  const result = await store.compact(roomId, upToSeq);
  if (!result.compacted) {
    logger.debug({ roomId }, "compaction skipped (nothing stored, or another instance compacts)");
    return result;
  }
  logger.debug({ roomId, ...result }, "room compacted");
  if (!result.builtOffThread && result.buildMs > 100) {
    logger.warn({ roomId, ...result }, "slow snapshot build on the event loop");
  }
  return result;
}
