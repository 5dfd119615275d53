/**
 * Records the whole-document writes of a measured server (Cocreate's compactions, a peer's
 * persistence flushes) for GET /bench/persistence; see control.ts.
 */
import type { PersistenceEvent } from "./control";

const MAX_EVENTS = 1_000;

export interface PersistenceLog {
  add(event: PersistenceEvent): void;
  /** The newest event, to complete it with what is only known later (e.g. the encode time). */
  latest(): PersistenceEvent | undefined;
  read(reset: boolean): PersistenceEvent[];
}

export function createPersistenceLog(): PersistenceLog {
  let events: PersistenceEvent[] = [];
  return {
    add(event) {
      if (events.length < MAX_EVENTS) events.push(event);
    },
    latest: () => events.at(-1),
    read(reset) {
      const read = events;
      if (reset) events = [];
      return read;
    },
  };
}
