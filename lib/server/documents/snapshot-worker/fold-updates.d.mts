/** A stored row that failed to apply and was left out of the snapshot. */
export interface FoldFailure {
  /** "snapshot", or the index of the update in the list given. */
  row: "snapshot" | number;
  message: string;
}

/** One snapshot holding `snapshot` (may be null) and every one of `updates` that applies. */
export function foldUpdates(
  snapshot: Uint8Array | null,
  updates: Uint8Array[],
): { snapshot: Uint8Array; failures: FoldFailure[] };
