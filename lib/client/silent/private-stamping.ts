/**
 * Marks what a participant makes during a silent brainstorm as private, as it is created: the
 * tldraw⇄Yjs binding never writes private records (lib/client/use-room-store.ts), so they stay
 * in this browser. Shapes and bindings (an arrow tied to a private note) are both marked.
 * Only the person's own actions (source "user") are marked; records from the network are not.
 */
import type { TLStore } from "tldraw";
import { isPrivateRecord } from "@/lib/shared/facilitation/silent";
import { stampPrivate } from "./private-records";

export interface PrivateStampingOptions {
  /** Read on every create: the mode and the person's role can change while connected. */
  shouldStamp(): boolean;
  /** Id of the room's last reveal, or "". */
  currentRevealId(): string;
}

/** Registers the stamping on `store`; returns a function that removes it. */
export function registerPrivateStamping(store: TLStore, options: PrivateStampingOptions): () => void {
  const removers = (["shape", "binding"] as const).map((typeName) =>
    store.sideEffects.registerBeforeCreateHandler(typeName, (record, source) => {
      if (source !== "user" || isPrivateRecord(record) || !options.shouldStamp()) return record;
      return stampPrivate(record, options.currentRevealId());
    }),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
