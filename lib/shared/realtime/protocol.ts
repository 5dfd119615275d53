/**
 * The realtime wire protocol: y-websocket's framing (a varuint message type, then the payload
 * of y-protocols' sync or awareness message). Browser, server, tests and benchmarks import
 * these constants; nothing else may retype them.
 */

/** Bumped when a change would make an older client misread the server. */
export const PROTOCOL_VERSION = 1;

/** Websocket path prefix; a room is served at `${REALTIME_PATH}/<roomId>?token=<roomToken>`. */
export const REALTIME_PATH = "/yjs";

/** y-websocket message types (first varuint of every frame). */
export const MessageType = {
  /** y-protocols sync: step 1 (state vector), step 2 (missing updates) or update. */
  sync: 0,
  /** y-protocols awareness update (cursors, names, stage). */
  awareness: 1,
  /** y-websocket auth message; the server never sends it (auth happens at upgrade). */
  auth: 2,
  /** Ask the peer to send its full awareness state. */
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Largest websocket frame the server accepts (bytes). Bigger frames close with `CloseCode.messageTooBig`. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** Largest awareness state of one client (bytes, JSON-encoded). */
export const MAX_AWARENESS_BYTES = 16 * 1024;

/** Extracts the room id from a realtime URL path, or null when the path is not a room path. */
export function roomIdFromPath(pathname: string): string | null {
  const match = /^\/yjs\/([A-Za-z0-9_-]{1,64})$/.exec(pathname);
  return match?.[1] ?? null;
}
