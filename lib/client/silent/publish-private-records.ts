/**
 * Publishes every private record in the store: puts their shared versions as the person's own
 * change, which the tldraw⇄Yjs binding writes to the room's document like any other edit.
 */
import type { TLStore } from "tldraw";
import type { RevealState } from "@/lib/shared/facilitation/silent";
import { privateRecordsOf, publishedRecord } from "./private-records";

/** Runs a store change; the canvas passes one that keeps the change out of undo history. */
export type RunChange = (change: () => void) => void;

/** Returns how many records were published. */
export function publishPrivateRecords(
  store: TLStore,
  reveal: RevealState | null,
  run: RunChange = (change) => change(),
): number {
  const pending = privateRecordsOf(store.allRecords());
  if (pending.length === 0) return 0;
  run(() => store.put(pending.map((record) => publishedRecord(record, reveal))));
  return pending.length;
}
