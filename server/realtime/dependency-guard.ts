/**
 * Refuses an update that Yjs could not apply completely. Yjs keeps structs whose left/right
 * neighbour, parent or earlier clock range it does not know as "pending" until the missing piece
 * arrives. Accepting such an update would store data nobody can see, keep it in memory for as
 * long as the room is loaded, and let a crafted update wait in a facilitator's future clock range
 * (update-guard.ts's known gap). An honest client only sends what it has integrated itself: its
 * own edits and what it got from this server, which stores before it forwards. Hence every
 * reference must point into the document, an update accepted before it (still queued), or the
 * update itself, each client's structs must continue that client's clock without a gap, and
 * deletions must name known clock ranges (Yjs would keep others as a pending delete set).
 * Known risk: if a stored row ever failed to load (room.ts skips it), clients that hold its items
 * are refused until the room is repaired.
 */
import * as Y from "yjs";
import { malformed } from "./errors";
import type { DecodedUpdate } from "./update-guard";

/** Throws a malformed refusal when `decoded` depends on anything the room does not have. */
export function assertNoMissingDependencies(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  queued: Iterable<DecodedUpdate>,
): void {
  /** Next clock per client once the queued updates are applied (above the document's). */
  const known = new Map<number, number>();
  for (const update of queued) {
    for (const struct of update.structs)
      extend(known, struct.id.client, struct.id.clock + struct.length);
  }
  const nextClock = (client: number) =>
    Math.max(known.get(client) ?? 0, Y.getState(doc.store, client));

  const byClient = new Map<number, DecodedUpdate["structs"]>();
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) throw malformed("update has a gap (skip)");
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  const available = new Map<number, number>();
  for (const [client, structs] of byClient) {
    structs.sort((a, b) => a.id.clock - b.id.clock);
    let next = nextClock(client);
    for (const struct of structs) {
      if (struct.id.clock > next) throw malformed("update skips part of a client's history");
      next = Math.max(next, struct.id.clock + struct.length);
    }
    available.set(client, next);
  }
  const isKnown = (id: Y.ID) => id.clock < (available.get(id.client) ?? nextClock(id.client));
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.origin && !isKnown(struct.origin))
      throw malformed("update references an unknown item");
    if (struct.rightOrigin && !isKnown(struct.rightOrigin)) {
      throw malformed("update references an unknown item");
    }
    const parent = struct.parent as unknown;
    if (parent instanceof Y.ID && !isKnown(parent))
      throw malformed("update references an unknown parent");
    if (!struct.origin && !struct.rightOrigin && parent === null) {
      throw malformed("update has an item without a place");
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const end = available.get(client) ?? nextClock(client);
    for (const range of ranges) {
      if (range.clock + range.len > end) throw malformed("update deletes unknown items");
    }
  }
}

function extend(map: Map<number, number>, client: number, end: number): void {
  map.set(client, Math.max(map.get(client) ?? 0, end));
}
