/**
 * Which board records are locked against participants' edits. One rule, used by the realtime
 * server (which enforces it: server/realtime/lock-guard.ts) and by the canvas (which
 * keeps honest participants from ever trying: lib/client/locks/).
 *
 * A shape record is locked when its `meta` says so:
 * - `meta.locked` true or false is an explicit choice by a facilitator and always wins;
 * - otherwise `meta.placedByFacilitator === true` (stamped on shapes a facilitator creates);
 * - otherwise `meta.template === true` unless `meta.slot === true` (template placeholders meant
 *   to be written in; see lib/shared/templates/template-board.ts).
 * Only shapes are ever locked; pages, bindings, assets and the rest are not.
 */

/** The `meta` keys this rule reads or writes. */
export const LockMetaKey = {
  template: "template",
  slot: "slot",
  placedByFacilitator: "placedByFacilitator",
  locked: "locked",
} as const;

/** Plain JSON from the wire: every key may hold anything. */
type LockMeta = Partial<Record<(typeof LockMetaKey)[keyof typeof LockMetaKey], unknown>>;

function metaOf(record: unknown): LockMeta | null {
  if (typeof record !== "object" || record === null) return null;
  const { typeName, meta } = record as { typeName?: unknown; meta?: unknown };
  if (typeName !== "shape" || typeof meta !== "object" || meta === null) return null;
  return meta as LockMeta;
}

/** True when `record` (a tldraw record as JSON, or anything) is a shape locked for participants. */
export function isLockedRecord(record: unknown): boolean {
  const meta = metaOf(record);
  if (!meta) return false;
  if (meta.locked === true) return true;
  if (meta.locked === false) return false;
  if (meta.placedByFacilitator === true) return true;
  return meta.template === true && meta.slot !== true;
}

/**
 * `meta` with every key that could lock a shape removed: what a participant's copy of a locked
 * shape (paste, duplicate) carries, so their own copy stays theirs.
 */
export function withoutLockMeta<Meta extends object>(meta: Meta): Meta {
  const copy = { ...meta } as Record<string, unknown>;
  delete copy[LockMetaKey.template];
  delete copy[LockMetaKey.slot];
  delete copy[LockMetaKey.placedByFacilitator];
  delete copy[LockMetaKey.locked];
  return copy as Meta;
}

/** `meta` with the facilitator's explicit lock choice. */
export function withLockChoice<Meta extends object>(meta: Meta, locked: boolean): Meta {
  return { ...meta, [LockMetaKey.locked]: locked };
}
