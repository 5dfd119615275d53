/**
 * Lets routes change a room's document through the realtime server of this process (same
 * process, other module graph: see live-room-counts.ts), so the change is stored, versioned
 * and reaches every open connection exactly like a client's edit.
 */
import type * as Y from "yjs";
import type { VersionReason } from "@/lib/server/documents/room-document-store";
import { AppError } from "@/lib/server/errors";

export type DocumentChanger = (
  roomId: string,
  change: (copy: Y.Doc) => void,
  reason?: VersionReason,
) => Promise<void>;

const SLOT = Symbol.for("cocreate.realtime.changeDocument");
type Slot = { [SLOT]?: DocumentChanger };

/** Called once by the realtime server at start-up. */
export function publishDocumentChanger(changer: DocumentChanger): void {
  (globalThis as Slot)[SLOT] = changer;
}

/** Applies `change` to the room's live document; 503 when no realtime server runs here. */
export async function changeRoomDocument(
  roomId: string,
  change: (copy: Y.Doc) => void,
  reason?: VersionReason,
): Promise<void> {
  const changer = (globalThis as Slot)[SLOT];
  if (!changer) throw new AppError("realtime_unavailable", 503, "The board server is not running.");
  await changer(roomId, change, reason);
}
