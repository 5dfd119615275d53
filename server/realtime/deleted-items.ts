/**
 * Walks what an incoming update deletes in a room's document. Used by the guards (before an
 * update is stored) and by the stage attribution of activity.
 */
import * as Y from "yjs";
import type { DecodedUpdate } from "./update-guard";

/**
 * Calls `visit` for every live item of `doc` that `decoded` deletes, with the deleted part as
 * offsets [from, to) into the item (an item may hold many entries, e.g. a template pushed at
 * once). Costs a binary search per deleted range; ranges beyond what `doc` knows are skipped.
 */
export function forEachDeletedItem(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  visit: (item: Y.Item, from: number, to: number) => void,
): void {
  for (const [client, ranges] of decoded.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0) continue;
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      if (range.clock >= known) continue;
      const end = range.clock + range.len;
      for (let at = Y.findIndexSS(structs, range.clock); at < structs.length; at++) {
        const item = structs[at]!;
        if (item.id.clock >= end) break;
        if (!(item instanceof Y.Item) || item.deleted) continue;
        visit(
          item,
          Math.max(0, range.clock - item.id.clock),
          Math.min(item.length, end - item.id.clock),
        );
      }
    }
  }
}
