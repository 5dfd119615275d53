/**
 * Records the whole-document writes of a measured server (Cocreate's compactions, a peer's
 * persistence flushes) for GET /bench/persistence; see control.ts.
 */
import type { PersistenceEvent } from "./control";

const MAX_EVENTS = 1_000;

export interface PersistenceLog {
  add(event: PersistenceEvent): void;
  read(reset: boolean): PersistenceEvent[];
}

export function createPersistenceLog(): PersistenceLog {
  let events: PersistenceEvent[] = [];
  return {
    add(event) {
      if (events.length < MAX_EVENTS) events.push(event);
    },
    read(reset) {
      const read = events;
      if (reset) events = [];
      return read;
    },
  };
}
