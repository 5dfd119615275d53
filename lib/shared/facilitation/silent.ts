/**
 * Silent brainstorm (issue 4, part 3). While the room's `mode` is "silent", the shapes a
 * participant creates are private: marked in their `meta`, kept in that browser only (never
 * written to the room's Yjs document, so they never reach the server or anyone else) until the
 * room is open again. A facilitator's reveal (room key `reveal`) opens the room and may ask for
 * the notes to be published anonymously.
 */
import { z } from "zod";

export const RevealState = z.object({
  /** Unique per reveal. */
  id: z.string().min(1).max(64),
  /** Publish without who wrote what (a note's `textLastEditedBy`). */
  anonymous: z.boolean(),
  /** Server time of the reveal. */
  at: z.number(),
});
export type RevealState = z.infer<typeof RevealState>;

/** The `meta` keys of a private record. */
export const PrivateMetaKey = {
  /** True while the record is private. */
  private: "private",
  /** Id of the last reveal before the record was made ("" for none): a later reveal is its own. */
  sinceReveal: "privateSinceReveal",
} as const;

function metaOf(record: unknown): Record<string, unknown> | null {
  if (typeof record !== "object" || record === null) return null;
  const { meta } = record as { meta?: unknown };
  return typeof meta === "object" && meta !== null ? (meta as Record<string, unknown>) : null;
}

/** True when `record` (a tldraw record, or anything) is private to the browser that made it. */
export function isPrivateRecord(record: unknown): boolean {
  return metaOf(record)?.[PrivateMetaKey.private] === true;
}

/** The reveal id a private record was made after ("" for none). */
export function privateSinceRevealId(record: unknown): string {
  const since = metaOf(record)?.[PrivateMetaKey.sinceReveal];
  return typeof since === "string" ? since : "";
}
