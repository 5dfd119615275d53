/**
 * Websocket close codes the realtime server uses. The first four are the standard codes that
 * `ws` itself sends; 4xxx are Cocreate's own (RFC 6455 reserves 4000–4999 for applications).
 * Access is checked before the upgrade completes, so a refused token is an HTTP 401/403 on the
 * upgrade request, never a close code.
 */
export const CloseCode = {
  /** Normal close (the server is shutting down gracefully or the client left). */
  normal: 1000,
  /** The server is going away (restart); the client should reconnect. */
  goingAway: 1001,
  /** A frame larger than MAX_MESSAGE_BYTES; sent by `ws` itself. */
  messageTooBig: 1009,
  /** Unexpected server error while handling this connection; the room is unharmed. */
  internalError: 1011,
  /** The frame could not be decoded as a y-websocket message, or its payload is invalid. */
  malformedMessage: 4400,
  /** The room token expired while connected; fetch a new one and reconnect. */
  tokenExpired: 4401,
  /**
   * The connection tried something its role forbids: writing facilitator-only room state
   * (doc-layout.ts), or, for a non-facilitator, changing, deleting or creating a locked shape
   * (lib/shared/locks/locked-record.ts: template shapes except slots, facilitator-placed shapes,
   * `meta.locked`). The whole update is refused and nothing of it is stored. Also an awareness
   * update that sets the presence of a client id another person's connection announced
   * (server/realtime/awareness-ownership.ts).
   */
  forbidden: 4403,
  /**
   * The room already has its maximum of connections (ROOM_MAX_CONNECTIONS, lib/shared/realtime/
   * limits.ts); facilitators are never refused. The client retries later (limitRetryDelayMs).
   */
  roomFull: 4409,
  /**
   * Too many frames from this connection (REALTIME_MESSAGES_PER_SECOND) or too many new
   * connections from this address (REALTIME_CONNECTIONS_PER_MINUTE). The client retries later
   * (limitRetryDelayMs), never at once.
   */
  rateLimited: 4429,
  /** The room could not be loaded from the database; retry later. */
  roomUnavailable: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client should not reconnect without user action. */
export const FATAL_CLOSE_CODES: readonly number[] = [CloseCode.malformedMessage, CloseCode.forbidden];

/** Close codes after which a client waits (limitRetryDelayMs) before it reconnects. */
export const RETRY_LATER_CLOSE_CODES: readonly number[] = [CloseCode.roomFull, CloseCode.rateLimited];
