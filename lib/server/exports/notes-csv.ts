import { stringify } from "csv-stringify/sync";
import type * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { VoteState } from "@/lib/shared/facilitation/voting";
import { stageByPageId } from "@/lib/shared/stages";

export interface NoteRow {
  stage: string;
  text: string;
  author: string;
  votes: number;
  frame: string;
}

export const NOTE_CSV_COLUMNS = ["stage", "text", "author", "votes", "frame"] as const;

export interface LooseRecord {
  id: string;
  typeName?: string;
  type?: string;
  parentId?: string;
  props?: Record<string, unknown>;
  name?: string;
}

/** Every record of the document by id (the YKeyValue view of the `tldraw` array). */
export function readRecords(doc: Y.Doc): Map<string, LooseRecord> {
  const kv = new YKeyValue(getRecordsArray(doc));
  const records = new Map<string, LooseRecord>();
  for (const [key, entry] of kv.map) records.set(key, entry.val as LooseRecord);
  return records;
}

/** The page a shape sits on, following parents (frames, groups) up. */
export function pageOf(record: LooseRecord, records: Map<string, LooseRecord>): string | undefined {
  let parentId = record.parentId;
  for (let depth = 0; parentId && depth < 50; depth++) {
    if (parentId.startsWith("page:")) return parentId;
    parentId = records.get(parentId)?.parentId;
  }
  return undefined;
}

/**
 * One row per sticky note: its stage ("Inleven / Empathize"), plain text, author (the name of
 * the user who last edited its text; empty when anonymous), dot votes from the last vote when
 * that vote was on the note's stage, and the name of the frame holding it.
 */
export function noteRows(doc: Y.Doc): NoteRow[] {
  const records = readRecords(doc);
  const parsedVote = VoteState.safeParse(getRoomMap(doc).get(RoomKey.vote));
  const vote = parsedVote.success ? parsedVote.data : null;
  const rows: NoteRow[] = [];
  for (const record of records.values()) {
    if (record.typeName !== "shape" || record.type !== "note") continue;
    const stage = stageByPageId(pageOf(record, records) ?? "");
    const editor = record.props?.textLastEditedBy;
    const author = typeof editor === "string" ? records.get(editor)?.name : undefined;
    const parent = record.parentId ? records.get(record.parentId) : undefined;
    const frameName = parent?.type === "frame" ? parent.props?.name : undefined;
    rows.push({
      stage: stage ? `${stage.nl} / ${stage.en}` : "",
      text: richTextToPlain(record.props?.richText),
      author: typeof author === "string" ? author : "",
      votes: vote && stage && vote.stageId === stage.id ? (vote.results?.[record.id] ?? 0) : 0,
      frame: typeof frameName === "string" ? frameName : "",
    });
  }
  return rows;
}

/** The notes as CSV, UTF-8 with a byte-order mark so Excel reads accents right. */
export function notesCsv(doc: Y.Doc): string {
  return stringify(noteRows(doc), { header: true, columns: [...NOTE_CSV_COLUMNS], bom: true });
}
