/**
 * Picks the room bus from the environment: REDIS_URL set → Redis (several instances), unset →
 * the in-process bus (one process; needs no Redis). Several instances share the database and
 * the auth secret, so REDIS_URL demands PostgreSQL and an explicit NEXTAUTH_SECRET: one
 * instance's generated secret or SQLite file would not be the others'.
 */
import { resolveDatabaseConfig } from "@/lib/server/db/database-config";
import { logger } from "@/lib/server/logger";
import { createRedisRoomBus } from "./redis-room-bus";
import { createLocalRoomBus, type RoomBus } from "./room-bus";

export async function roomBusFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<RoomBus> {
  const url = env.REDIS_URL?.trim();
  if (!url) return createLocalRoomBus();
  if (resolveDatabaseConfig(env).provider !== "postgres") {
    throw new Error("REDIS_URL (several instances) needs DATABASE_URL on PostgreSQL");
  }
  if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) {
    throw new Error("REDIS_URL (several instances) needs NEXTAUTH_SECRET, the same on every instance");
  }
  const bus = await createRedisRoomBus(url, { prefix: env.REDIS_PREFIX?.trim() || undefined });
  logger.info({ instanceId: bus.instanceId }, "sharing rooms with other instances through Redis");
  return bus;
}
