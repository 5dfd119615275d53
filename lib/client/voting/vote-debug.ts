/**
 * `window.__cocreateVoteDebug`: the room map as plain JSON, so browser tests (and people
 * checking anonymity in the console) can see exactly what the shared document holds about a vote.
 */
import { useEffect } from "react";
import type * as Y from "yjs";
import { getRecordsArray, getRoomMap } from "@/lib/shared/realtime/doc-layout";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";

export interface VoteDebug {
  /** Every key of the room map, as JSON. */
  getRoomMap(): Record<string, unknown>;
  /** Sticky notes in the document: id, parent (a page or a frame) and text. */
  getNotes(): { id: string; parentId: string; text: string }[];
}

declare global {
  interface Window {
    __cocreateVoteDebug?: VoteDebug;
  }
}

export function useVoteDebug(doc: Y.Doc | null): void {
  useEffect(() => {
    if (!doc) return;
    const handle: VoteDebug = {
      getRoomMap: () => getRoomMap(doc).toJSON(),
      getNotes: () =>
        getRecordsArray(doc)
          .toArray()
          .map((entry) => entry.val as { typeName?: string; type?: string; id: string; parentId: string; props?: { richText?: unknown } })
          .filter((record) => record.typeName === "shape" && record.type === "note")
          .map((record) => ({ id: record.id, parentId: record.parentId, text: richTextToPlain(record.props?.richText) })),
    };
    window.__cocreateVoteDebug = handle;
    return () => {
      if (window.__cocreateVoteDebug === handle) delete window.__cocreateVoteDebug;
    };
  }, [doc]);
}
