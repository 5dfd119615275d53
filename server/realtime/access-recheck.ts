/**
 * Tokens are checked at upgrade, so a participant who is removed from a group (or a co-trainer
 * taken off a cohort) would keep an open connection. After such a change the app asks the
 * realtime server to recheck that user's open connections against the current access rules.
 */
import { logger } from "@/lib/server/logger";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import type { RoomRole } from "@/lib/shared/realtime/room-token";
import type { Connection } from "./connection";

export type AccessCheck = (
  userId: string,
  roomId: string,
) => Promise<{ role: RoomRole; facilitator: boolean } | null>;

/** Closes `userId`'s connections whose access is gone (4403) or has changed (4401: reconnect). */
export async function recheckUserConnections(
  connections: Iterable<Connection>,
  userId: string,
  checkAccess: AccessCheck,
): Promise<number> {
  const mine = [...connections].filter((connection) => connection.claims.sub === userId && !connection.isClosed);
  let closed = 0;
  for (const connection of mine) {
    const access = await checkAccess(userId, connection.roomId);
    if (!access) {
      connection.close(CloseCode.forbidden, "access revoked");
      closed += 1;
    } else if (access.role !== connection.claims.role || access.facilitator !== connection.claims.facilitator) {
      // A fresh token carries the new role; the client reconnects with one after this code.
      connection.close(CloseCode.tokenExpired, "role changed");
      closed += 1;
    }
  }
  if (closed > 0) logger.info({ userId, closed }, "closed connections after an access change");
  return closed;
}
