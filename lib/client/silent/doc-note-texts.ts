/**
 * Note texts as the room's Yjs document holds them (not the tldraw store): what has actually
 * been shared. Tests and debugging use it to see that private notes never left a browser.
 */
import type * as Y from "yjs";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";

export interface DocNote {
  id: string;
  text: string;
  /** tldraw's `textLastEditedBy` (the author shown on the note), or null. */
  author: string | null;
}

export function docNotes(doc: Y.Doc): DocNote[] {
  // YKeyValue may briefly hold two entries for one key after concurrent writes: the last wins.
  const byId = new Map<string, DocNote>();
  for (const entry of getRecordsArray(doc).toArray()) {
    const record = entry.val as { typeName?: string; type?: string; props?: { richText?: unknown; textLastEditedBy?: unknown } };
    if (record?.typeName !== "shape" || record.type !== "note") continue;
    const author = record.props?.textLastEditedBy;
    byId.set(entry.key, {
      id: entry.key,
      text: richTextToPlain(record.props?.richText),
      author: typeof author === "string" ? author : null,
    });
  }
  return [...byId.values()];
}
