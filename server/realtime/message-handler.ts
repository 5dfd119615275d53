/**
 * Decodes one client frame completely (trailing bytes are an error) and only then acts on it,
 * dispatching on the message type. Every problem with the frame is thrown as a
 * ConnectionRefusal (see errors.ts); the connection turns it into a close code.
 */
import * as decoding from "lib0/decoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { MessageType } from "@/lib/shared/realtime/protocol";
import { parseAwarenessUpdate } from "./awareness-guard";
import { ownAwarenessChanges } from "./awareness-ownership";
import type { Connection } from "./connection";
import { ConnectionRefusal, malformed } from "./errors";
import { assertNoLockedRecordWrites } from "./lock-guard";
import { encodeAwarenessMessage, encodeSyncStep2 } from "./messages";
import type { Room } from "./room";
import { assertNoFacilitatorOnlyWrites, decodeUpdateOrRefuse, isEmptyUpdate } from "./update-guard";

/** A decoded client frame. */
type ClientMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" };

/** Handles one binary frame from `connection` in `room` (which is loaded). */
export function handleMessage(room: Room, connection: Connection, frame: Uint8Array): void {
  const message = parseFrame(frame);
  switch (message.kind) {
    case "syncStep1": {
      const stateVector = message.stateVector;
      connection.send(readOrRefuse(() => encodeSyncStep2(room.doc, stateVector)));
      return;
    }
    case "update":
      return handleUpdate(room, connection, message.update);
    case "awareness":
      return handleAwareness(room, connection, message.update);
    case "queryAwareness": {
      const clientIds = [...room.awareness.getStates().keys()];
      connection.send(encodeAwarenessMessage(room.awareness, clientIds));
      return;
    }
    default: {
      const unhandled: never = message;
      throw malformed(`unhandled message ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Decodes the y-websocket framing; throws a malformed refusal for anything else. */
function parseFrame(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const message = readOrRefuse((): ClientMessage => {
    const messageType = decoding.readVarUint(decoder) as MessageType;
    switch (messageType) {
      case MessageType.sync:
        return parseSync(decoder);
      case MessageType.awareness:
        return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { kind: "queryAwareness" };
      case MessageType.auth:
        throw malformed("auth messages are not accepted (auth happens at upgrade)");
      default: {
        const unknownType: never = messageType;
        throw malformed(`unknown message type ${String(unknownType)}`);
      }
    }
  });
  if (decoding.hasContent(decoder)) throw malformed("trailing bytes after message");
  return message;
}

function parseSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      return { kind: "syncStep1", stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate:
      return { kind: "update", update: payload };
    default:
      throw malformed(`unknown sync message type ${syncType}`);
  }
}

function handleUpdate(room: Room, connection: Connection, update: Uint8Array): void {
  const decoded = decodeUpdateOrRefuse(update);
  // Viewers' edits are dropped silently: their client always answers sync step 1 with a step 2.
  if (!connection.canEdit || isEmptyUpdate(decoded)) return;
  if (!connection.isFacilitator) {
    assertNoFacilitatorOnlyWrites(room.doc, decoded, room.unappliedUpdates());
    assertNoLockedRecordWrites(room.doc, decoded, room.unappliedUpdates());
  }
  // A copy: `update` is a view into the frame, and the store may keep what it is given.
  room.enqueueUpdate(update.slice(), decoded, connection);
}

/** Applies the sender's own presence changes (awareness-ownership.ts), rate-limited. */
function handleAwareness(room: Room, connection: Connection, update: Uint8Array): void {
  const own = ownAwarenessChanges(room, connection, parseAwarenessUpdate(update));
  if (!own) return;
  connection.throttleAwareness(() => {
    if (connection.isClosed || room.state !== "ready") return;
    awarenessProtocol.applyAwarenessUpdate(room.awareness, own, connection);
  });
}

/** Runs a decoding step, turning lib0's "unexpected end of array" and friends into a refusal. */
function readOrRefuse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConnectionRefusal) throw error;
    throw malformed("message does not decode");
  }
}
