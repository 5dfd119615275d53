/**
 * RoomBus on Redis pub/sub (REDIS_URL). One channel per room (`<prefix>:room:<roomId>`) and one
 * for the whole deployment (`<prefix>:cluster`). Two connections: a subscriber (Redis allows
 * nothing else on it) and a publisher. Pub/sub keeps nothing: an instance that is not subscribed
 * when a message is published never sees it, which is why a loading room subscribes before it
 * reads the store, and why rooms catch up from the store after a lost connection (onReconnect).
 *
 * Room frames are binary: varString instance id, varUint kind, varUint8Array payload (lib0).
 * Cluster frames are JSON `{ from, message }`.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { logger } from "@/lib/server/logger";
import type { ClusterMessage, RoomBus, RoomMessage } from "./room-bus";

const KIND_CODES = { update: 0, awareness: 1, "awareness-query": 2 } as const;

export interface RedisRoomBusOptions {
  /** Channel name prefix; instances of one deployment must share it (default "cocreate"). */
  prefix?: string;
}

function encodeRoomFrame(instanceId: string, message: RoomMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, instanceId);
  encoding.writeVarUint(encoder, KIND_CODES[message.kind]);
  encoding.writeVarUint8Array(encoder, "update" in message ? message.update : new Uint8Array());
  return Buffer.from(encoding.toUint8Array(encoder));
}

function decodeRoomFrame(frame: Buffer): { from: string; message: RoomMessage } {
  const decoder = decoding.createDecoder(new Uint8Array(frame));
  const from = decoding.readVarString(decoder);
  const kind = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (kind) {
    case KIND_CODES.update:
      return { from, message: { kind: "update", update: payload } };
    case KIND_CODES.awareness:
      return { from, message: { kind: "awareness", update: payload } };
    case KIND_CODES["awareness-query"]:
      return { from, message: { kind: "awareness-query" } };
    default:
      throw new Error(`unknown room bus message kind ${kind}`);
  }
}

interface ChannelEntry {
  handlers: Set<(message: RoomMessage) => void>;
  /** Resolves once Redis acknowledged the SUBSCRIBE. */
  ready: Promise<unknown>;
}

/** Connects to Redis at `url`; resolves once both connections are ready (fails if unreachable). */
export async function createRedisRoomBus(
  url: string,
  options: RedisRoomBusOptions = {},
): Promise<RoomBus> {
  const prefix = options.prefix ?? "cocreate";
  const instanceId = randomUUID();
  const clusterChannel = `${prefix}:cluster`;
  const roomChannel = (roomId: string) => `${prefix}:room:${roomId}`;
  const connectionOptions = { lazyConnect: true, connectionName: `cocreate-${instanceId}` };
  const publisher = new Redis(url, connectionOptions);
  const subscriber = new Redis(url, connectionOptions);
  const channels = new Map<string, ChannelEntry>();
  const clusterHandlers: ((message: ClusterMessage, from: string) => void)[] = [];
  const reconnectHandlers: (() => void)[] = [];
  let wasReady = false;

  for (const [name, client] of [
    ["publisher", publisher],
    ["subscriber", subscriber],
  ] as const) {
    client.on("error", (error) => logger.warn({ err: error, connection: name }, "redis error"));
  }
  subscriber.on("ready", () => {
    if (!wasReady) {
      wasReady = true;
      return;
    }
    // ioredis sent the re-SUBSCRIBEs before 'ready'; the PING's answer comes after theirs.
    logger.warn("redis connection restored; rooms catch up from the store");
    subscriber
      .ping()
      .then(() => reconnectHandlers.forEach((handler) => handler()))
      .catch((error: unknown) => logger.error({ err: error }, "redis resubscribe check failed"));
  });
  subscriber.on("messageBuffer", (channelBuffer: Buffer, frame: Buffer) => {
    const channel = channelBuffer.toString();
    try {
      if (channel === clusterChannel) {
        const { from, message } = JSON.parse(frame.toString()) as {
          from: string;
          message: ClusterMessage;
        };
        if (from !== instanceId) clusterHandlers.forEach((handler) => handler(message, from));
        return;
      }
      const entry = channels.get(channel);
      if (!entry) return;
      const { from, message } = decodeRoomFrame(frame);
      if (from === instanceId) return;
      for (const handler of entry.handlers) handler(message);
    } catch (error) {
      logger.error({ err: error, channel }, "could not handle a room bus message");
    }
  });

  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(clusterChannel);

  const publish = (channel: string, frame: Buffer | string) => {
    publisher.publish(channel, frame).catch((error: unknown) => {
      logger.error({ err: error, channel }, "redis publish failed");
    });
  };

  return {
    instanceId,
    shared: true,

    async subscribeRoom(roomId, onMessage) {
      const channel = roomChannel(roomId);
      let entry = channels.get(channel);
      if (!entry) {
        // Commands on one connection run in order: an UNSUBSCRIBE still in flight from an
        // earlier unload is processed before this SUBSCRIBE.
        entry = { handlers: new Set(), ready: subscriber.subscribe(channel) };
        channels.set(channel, entry);
      }
      entry.handlers.add(onMessage);
      const subscribed = entry;
      const stop = () => {
        subscribed.handlers.delete(onMessage);
        if (subscribed.handlers.size > 0 || channels.get(channel) !== subscribed) return;
        channels.delete(channel);
        subscriber.unsubscribe(channel).catch((error: unknown) => {
          logger.warn({ err: error, channel }, "redis unsubscribe failed");
        });
      };
      try {
        await subscribed.ready;
      } catch (error) {
        stop();
        throw error;
      }
      return stop;
    },

    publishRoom(roomId, message) {
      publish(roomChannel(roomId), encodeRoomFrame(instanceId, message));
    },

    onCluster(handler) {
      clusterHandlers.push(handler);
    },

    publishCluster(message) {
      publish(clusterChannel, JSON.stringify({ from: instanceId, message }));
    },

    onReconnect(handler) {
      reconnectHandlers.push(handler);
    },

    async close() {
      // QUIT is answered after every command queued before it, so pending publishes go out.
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
