/**
 * Checks on an incoming Yjs update before it is stored: that it decodes, whether it changes
 * anything, and whether it writes a facilitator-only key of the `room` map.
 *
 * Yjs does not encode an item's parent when the item has an origin (the parent is inferred from
 * the neighbour), and overwriting a map key always gives the new item the previous value as
 * origin. So the parent of such an item is found by following origins: inside the update itself,
 * in updates still waiting in the room's write queue, then in the room's document.
 * Known gap: an item whose origin is in none of these (a crafted update pointing at a clock the
 * facilitator has not written yet) cannot be attributed and is let through.
 */
import * as Y from "yjs";
import { DOC_ROOM_MAP, FACILITATOR_ONLY_ROOM_KEYS } from "@/lib/shared/realtime/doc-layout";
import { forEachDeletedItem } from "./deleted-items";
import { forbidden, malformed } from "./errors";

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type Struct = DecodedUpdate["structs"][number];

/** Where an item lives: a root type by name (null for nested types) and its map key. */
export interface Placement {
  rootName: string | null;
  parentSub: string | null;
}

const MAX_ORIGIN_HOPS = 10_000;

/** Decodes `update`, throwing a malformed-message refusal when it is not a valid Yjs update. */
export function decodeUpdateOrRefuse(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update);
  } catch {
    throw malformed("update does not decode");
  }
}

/** True when the update carries no structs and no deletions (e.g. an empty sync step 2). */
export function isEmptyUpdate(decoded: DecodedUpdate): boolean {
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

/**
 * Throws a forbidden refusal when `decoded` inserts or deletes a value under a facilitator-only
 * key of the `room` map. `queued` are decoded updates accepted but not yet applied to `doc`.
 */
export function assertNoFacilitatorOnlyWrites(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  queued: Iterable<DecodedUpdate>,
): void {
  const resolver = new PlacementResolver(doc, decoded, [...queued].reverse());
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const placement = resolver.placementOf(struct);
    if (placement && isFacilitatorOnly(placement)) {
      throw forbidden(`write to facilitator-only key "${placement.parentSub}"`);
    }
  }
  const roomMap = doc.share.get(DOC_ROOM_MAP);
  if (!roomMap) return;
  forEachDeletedItem(doc, decoded, (item) => {
    if (
      item.parent === roomMap &&
      item.parentSub !== null &&
      FACILITATOR_ONLY_ROOM_KEYS.includes(item.parentSub)
    ) {
      throw forbidden(`delete of facilitator-only key "${item.parentSub}"`);
    }
  });
}

function isFacilitatorOnly(placement: Placement): boolean {
  return (
    placement.rootName === DOC_ROOM_MAP &&
    placement.parentSub !== null &&
    FACILITATOR_ONLY_ROOM_KEYS.includes(placement.parentSub)
  );
}

/**
 * Placements found so far, for structs of queued updates and document items. Kept across calls:
 * an update usually hangs off the one before it, so without this each message would walk back
 * through the whole backlog. Only successes are kept (an unknown origin may arrive later).
 */
const knownPlacements = new WeakMap<object, Placement>();

/**
 * Resolves the placement of items; each item is resolved at most once per check. Also used by
 * lock-guard.ts to find the entries an update adds to the records array.
 */
export class PlacementResolver {
  private readonly unresolvable = new Set<object>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly incoming: DecodedUpdate,
    /** Queued updates, newest first (references mostly point at recent writes). */
    private readonly queued: DecodedUpdate[],
  ) {}

  /** Follows origins until an item with explicit parent info is found; null when unresolvable. */
  placementOf(start: Y.Item): Placement | null {
    const chain: Y.Item[] = [];
    let current: Y.Item = start;
    let result: Placement | null = null;
    for (let hop = 0; hop < MAX_ORIGIN_HOPS; hop++) {
      const known = knownPlacements.get(current);
      if (known) {
        result = known;
        break;
      }
      if (this.unresolvable.has(current)) break;
      chain.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === "string") {
        result = { rootName: parent, parentSub: current.parentSub };
        break;
      }
      if (parent instanceof Y.ID) {
        result = { rootName: null, parentSub: current.parentSub };
        break;
      }
      if (parent instanceof Y.AbstractType) {
        result = placementInDoc(this.doc, current);
        break;
      }
      const neighbour = current.origin ?? current.rightOrigin;
      const found = neighbour ? this.findStruct(neighbour) : null;
      if (!(found instanceof Y.Item)) break;
      current = found;
    }
    // Items linked by origins share parent and key, so the whole chain gets the same answer.
    for (const item of chain) {
      if (result) knownPlacements.set(item, result);
      else this.unresolvable.add(item);
    }
    return result;
  }

  /** The struct containing `id`: in the incoming update, the document, or a queued update. */
  private findStruct(id: Y.ID): Struct | Y.Item | null {
    const own = indexOf(this.incoming).get(id.client);
    const inIncoming = own ? searchStructs(own, id.clock) : null;
    if (inIncoming) return inIncoming;
    const structs = this.doc.store.clients.get(id.client);
    if (structs && id.clock < Y.getState(this.doc.store, id.client)) {
      return structs[Y.findIndexSS(structs, id.clock)] ?? null;
    }
    for (const source of this.queued) {
      const list = indexOf(source).get(id.client);
      const found = list ? searchStructs(list, id.clock) : null;
      if (found) return found;
    }
    return null;
  }
}

function placementInDoc(doc: Y.Doc, item: Y.Item): Placement {
  const parent = item.parent as Y.AbstractType<unknown>;
  const rootName = parent._item === null ? rootNameOf(doc, parent) : null;
  return { rootName, parentSub: item.parentSub };
}

function rootNameOf(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
}

const structIndexes = new WeakMap<DecodedUpdate, Map<number, Struct[]>>();

/** Structs of a decoded update grouped by client, in clock order (as Yjs encodes them). */
function indexOf(decoded: DecodedUpdate): Map<number, Struct[]> {
  let index = structIndexes.get(decoded);
  if (!index) {
    index = new Map();
    for (const struct of decoded.structs) {
      const list = index.get(struct.id.client);
      if (list) list.push(struct);
      else index.set(struct.id.client, [struct]);
    }
    for (const list of index.values()) list.sort((a, b) => a.id.clock - b.id.clock);
    structIndexes.set(decoded, index);
  }
  return index;
}

function searchStructs(structs: Struct[], clock: number): Struct | null {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = structs[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return null;
}
