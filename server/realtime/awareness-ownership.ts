/**
 * Who may set which awareness state (cursors, names, stage). The rule:
 * - A client id belongs to the person (token subject) whose connection first set a state for it
 *   that nobody owned; it stays theirs while one of their connections in the room holds it. A
 *   person's newer connection (a reconnect, while the server still holds the old one) takes it
 *   over, so the old connection's close no longer removes it.
 * - Setting a state for a client id another person owns, or for the server's own id, closes the
 *   connection with 4403 (forbidden). So does announcing more than MAX_IDS_PER_CONNECTION ids.
 * - Entries that would change nothing (same or older clock) are dropped: y-websocket clients echo
 *   every awareness change they receive back to the server. So are removals (null) of states the
 *   sender does not own: honest clients send those after their own 30-s timeout, and the server
 *   removes a state itself when its owner leaves.
 * What is left is the sender's own presence, which the caller applies (rate-limited).
 */
import * as encoding from "lib0/encoding";
import type { AwarenessEntry } from "./awareness-guard";
import type { Connection } from "./connection";
import { forbidden } from "./errors";
import type { Room } from "./room";

/** A y-websocket client has one awareness id; a few more leave room for odd but honest clients. */
const MAX_IDS_PER_CONNECTION = 4;

/**
 * The awareness update holding only the entries of `entries` that `connection` may apply and
 * that change the room's awareness, or null when none is left. Throws a forbidden refusal for
 * an attempt to set another person's state.
 */
export function ownAwarenessChanges(
  room: Room,
  connection: Connection,
  entries: AwarenessEntry[],
): Uint8Array | null {
  const kept: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (!changesAwareness(room, entry)) continue;
    if (entry.clientId === room.awareness.clientID) {
      throw forbidden("awareness update for the server's own client id");
    }
    const owner = ownerOf(room, entry.clientId);
    if (owner === connection) {
      kept.push(entry);
    } else if (owner && owner.claims.sub !== connection.claims.sub) {
      if (entry.state !== null) throw forbidden("awareness update for another person's client id");
    } else if (entry.state !== null) {
      // Unowned, or owned by another connection of the same person: it becomes this one's.
      owner?.awarenessClientIds.delete(entry.clientId);
      if (connection.awarenessClientIds.size >= MAX_IDS_PER_CONNECTION) {
        throw forbidden("too many awareness client ids on one connection");
      }
      connection.awarenessClientIds.add(entry.clientId);
      kept.push(entry);
    }
  }
  return kept.length > 0 ? encodeEntries(kept) : null;
}

/** y-protocols' own test in applyAwarenessUpdate: a newer clock, or a removal of a held state. */
function changesAwareness(room: Room, entry: AwarenessEntry): boolean {
  const currentClock = room.awareness.meta.get(entry.clientId)?.clock ?? 0;
  if (entry.clock > currentClock) return true;
  return (
    entry.clock === currentClock &&
    entry.state === null &&
    room.awareness.states.has(entry.clientId)
  );
}

function ownerOf(room: Room, clientId: number): Connection | null {
  for (const candidate of room.connections) {
    if (candidate.awarenessClientIds.has(clientId)) return candidate;
  }
  return null;
}

function encodeEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
