/**
 * `window.__cocreateDebug`: plain data about the board for browser tests and for people
 * debugging a session in the console. Never returns tldraw objects (they do not serialize).
 */
import type { Editor, TLStore } from "tldraw";
import { stageByPageId } from "@/lib/shared/stages";
import { richTextToPlain } from "./rich-text-to-plain";

export interface CocreateDebug {
  /** Document records in the local store (pages, shapes, users…): equal on synced clients. */
  getRecordCount(): number;
  /** Plain text of every sticky note on every stage. */
  getNoteTexts(): string[];
  /** Stage id this client is looking at, or "" when not on a stage page. */
  getCurrentStage(): string;
}

declare global {
  interface Window {
    __cocreateDebug?: CocreateDebug;
  }
}

export function installDebugHandle(store: TLStore, editor: Editor): () => void {
  const handle: CocreateDebug = {
    getRecordCount: () =>
      store.allRecords().filter((record) => store.scopedTypes.document.has(record.typeName)).length,
    getNoteTexts: () =>
      store
        .allRecords()
        .filter((record) => record.typeName === "shape" && record.type === "note")
        .map((record) => richTextToPlain((record as { props: { richText?: unknown } }).props.richText)),
    getCurrentStage: () => stageByPageId(editor.getCurrentPageId())?.id ?? "",
  };
  window.__cocreateDebug = handle;
  return () => {
    if (window.__cocreateDebug === handle) delete window.__cocreateDebug;
  };
}
