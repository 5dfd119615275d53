/**
 * What happens to one record in a silent brainstorm: stamped private when made, and turned
 * back into an ordinary shared record when the room opens again (see
 * lib/shared/facilitation/silent.ts). Pure functions, so the rules are tested without a browser.
 */
import type { TLRecord } from "tldraw";
import { isPrivateRecord, PrivateMetaKey, privateSinceRevealId, type RevealState } from "@/lib/shared/facilitation/silent";

/** `record` marked private, remembering the last reveal before it ("" for none). */
export function stampPrivate<R extends TLRecord>(record: R, sinceRevealId: string): R {
  return { ...record, meta: { ...record.meta, [PrivateMetaKey.private]: true, [PrivateMetaKey.sinceReveal]: sinceRevealId } };
}

/**
 * Whether `record` is published without its author: only when a reveal that came after the
 * record asked for it. A room opened some other way (the mode switch, an agenda step) publishes
 * with names, as ordinary notes have them.
 */
export function publishesAnonymously(record: TLRecord, reveal: RevealState | null): boolean {
  return reveal !== null && reveal.anonymous && reveal.id !== privateSinceRevealId(record);
}

/**
 * The shared version of a private record: the private marks removed and, when anonymous, the
 * author removed too. tldraw keeps who wrote a note in `props.textLastEditedBy` (a user id it
 * resolves to the name shown in the note's corner); that is the only authorship a record holds.
 */
export function publishedRecord(record: TLRecord, reveal: RevealState | null): TLRecord {
  if (!isPrivateRecord(record)) return record;
  const meta = { ...record.meta } as Record<string, unknown>;
  delete meta[PrivateMetaKey.private];
  delete meta[PrivateMetaKey.sinceReveal];
  const published = { ...record, meta } as TLRecord;
  if (!publishesAnonymously(record, reveal) || published.typeName !== "shape") return published;
  const props = published.props as Record<string, unknown>;
  if (!("textLastEditedBy" in props)) return published;
  return { ...published, props: { ...props, textLastEditedBy: null } } as TLRecord;
}

/** The private records among `records`. */
export function privateRecordsOf(records: readonly TLRecord[]): TLRecord[] {
  return records.filter(isPrivateRecord);
}
