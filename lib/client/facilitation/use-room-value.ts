"use client";
/**
 * One key of the room map as React state, validated with its zod schema: a value that does not
 * parse (an older client, a bad write) reads as null instead of breaking the UI.
 */
import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { z } from "zod";
import { getRoomMap, type RoomKey } from "@/lib/shared/realtime/doc-layout";

export function readRoomValue<T>(doc: Y.Doc, key: RoomKey, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(getRoomMap(doc).get(key));
  return parsed.success ? parsed.data : null;
}

interface RoomValueStore<T> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): T | null;
}

/** Parses again only when the stored value changed (Yjs hands back the same object until then). */
function createRoomValueStore<T>(doc: Y.Doc | null, key: RoomKey, schema: z.ZodType<T>): RoomValueStore<T> {
  let lastRaw: unknown = Symbol("unread");
  let lastValue: T | null = null;
  return {
    subscribe(onChange) {
      if (!doc) return () => {};
      const roomMap = getRoomMap(doc);
      const handleChange = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) onChange();
      };
      roomMap.observe(handleChange);
      return () => roomMap.unobserve(handleChange);
    },
    getSnapshot() {
      const raw = doc ? getRoomMap(doc).get(key) : undefined;
      if (raw !== lastRaw) {
        lastRaw = raw;
        const parsed = schema.safeParse(raw);
        lastValue = parsed.success ? parsed.data : null;
      }
      return lastValue;
    },
  };
}

/** The validated value of `key` (null when absent or invalid), re-rendering when it changes. */
export function useRoomValue<T>(doc: Y.Doc | null, key: RoomKey, schema: z.ZodType<T>): T | null {
  const store = useMemo(() => createRoomValueStore(doc, key, schema), [doc, key, schema]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => null);
}
