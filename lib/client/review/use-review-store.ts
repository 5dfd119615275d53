"use client";
/**
 * The read-only board of the review page: a local Y.Doc that only this page edits, bound to a
 * tldraw store in read-only mode. Showing a version replaces the doc's records with the
 * version's (replace-board-records.ts), so tldraw sees only what changed: scrubbing and replay
 * do not remount the canvas and keep the camera.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { atom, createTLStore, defaultBindingUtils, type TLStore } from "tldraw";
import * as Y from "yjs";
import { boardShapeUtils } from "@/lib/client/canvas/shape-utils";
import { replaceBoardRecords } from "@/lib/shared/history/replace-board-records";
import { bindStoreToYDoc, type YjsTldrawBinding } from "@/lib/client/yjs-tldraw-binding";

export interface ReviewStore {
  store: TLStore | null;
  /** Shows `doc`'s board (the first call also makes the store). */
  show(doc: Y.Doc): void;
}

export function useReviewStore(): ReviewStore {
  const viewDoc = useRef<Y.Doc | null>(null);
  const binding = useRef<YjsTldrawBinding | null>(null);
  const [store, setStore] = useState<TLStore | null>(null);

  const show = useCallback((doc: Y.Doc) => {
    const target = (viewDoc.current ??= new Y.Doc());
    replaceBoardRecords(target, doc);
    if (binding.current) return;
    // Made and bound only once the first version is in, so tldraw never adds a page of its own.
    const readOnlyStore = createTLStore({
      shapeUtils: boardShapeUtils,
      bindingUtils: defaultBindingUtils,
      collaboration: { status: null, mode: atom("mode", "readonly") },
    });
    binding.current = bindStoreToYDoc({
      store: readOnlyStore,
      doc: target,
      canWrite: false,
      writeMigrations: false,
    });
    setStore(readOnlyStore);
  }, []);

  useEffect(
    () => () => {
      binding.current?.dispose();
      binding.current = null;
      viewDoc.current?.destroy();
      viewDoc.current = null;
    },
    [],
  );

  return { store, show };
}
