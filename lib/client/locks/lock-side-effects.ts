/**
 * Keeps a participant's canvas from touching locked shapes (lib/shared/locks/locked-record.ts),
 * and stamps shapes a facilitator creates as facilitator-placed.
 *
 * The realtime server refuses (and disconnects) a participant whose update changes a locked
 * record, so an honest client must never produce one: every local ("user") change to a locked
 * shape is undone before it reaches the store, locked shapes cannot be selected (so they cannot
 * be dragged, nudged, edited or deleted from the UI), and a participant's copy of a locked shape
 * is created unlocked. Remote changes (source "remote") pass untouched.
 */
import type { Editor, TLInstancePageState, TLShape, TLShapeId } from "tldraw";
import { isLockedRecord, LockMetaKey, withoutLockMeta } from "@/lib/shared/locks/locked-record";

export interface LockSideEffectsOptions {
  /** Read on every change: a participant can be made facilitator while connected. */
  isFacilitator(): boolean;
  /** Called when a participant's attempt on a locked shape was stopped (for a hint). */
  onBlocked?(shapeId: TLShapeId): void;
}

/** Registers the handlers on `editor`; returns a function that removes them. */
export function registerLockSideEffects(editor: Editor, options: LockSideEffectsOptions): () => void {
  const { sideEffects } = editor;
  const isLockedId = (id: TLShapeId | null) => {
    const shape = id ? editor.getShape(id) : undefined;
    return shape !== undefined && isLockedRecord(shape);
  };

  const removers = [
    sideEffects.registerBeforeCreateHandler("shape", (shape, source) => {
      if (source !== "user") return shape;
      if (options.isFacilitator()) return stampPlacedByFacilitator(shape);
      return isLockedRecord(shape) ? { ...shape, meta: withoutLockMeta(shape.meta) } : shape;
    }),

    sideEffects.registerBeforeChangeHandler("shape", (prev, next, source) => {
      if (source !== "user" || options.isFacilitator()) return next;
      if (isLockedRecord(prev)) {
        options.onBlocked?.(prev.id);
        return prev;
      }
      // A participant never locks a shape (e.g. a slot keeps its meta when written in).
      return isLockedRecord(next) ? { ...next, meta: prev.meta } : next;
    }),

    sideEffects.registerBeforeDeleteHandler("shape", (shape, source) => {
      if (source !== "user" || options.isFacilitator() || !isLockedRecord(shape)) return;
      options.onBlocked?.(shape.id);
      return false;
    }),

    sideEffects.registerBeforeChangeHandler("instance_page_state", (_prev, next) => {
      if (options.isFacilitator()) return next;
      return withoutLockedSelection(next, isLockedId, options.onBlocked);
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}

/** A facilitator's new shape is locked for participants unless it already says otherwise. */
function stampPlacedByFacilitator(shape: TLShape): TLShape {
  if (shape.meta[LockMetaKey.placedByFacilitator] === true) return shape;
  return { ...shape, meta: { ...shape.meta, [LockMetaKey.placedByFacilitator]: true } };
}

/** Drops locked shapes from the selection, hover, editing and cropping state. */
function withoutLockedSelection(
  next: TLInstancePageState,
  isLockedId: (id: TLShapeId | null) => boolean,
  onBlocked: ((shapeId: TLShapeId) => void) | undefined,
): TLInstancePageState {
  const blocked = next.selectedShapeIds.filter((id) => isLockedId(id));
  const editingLocked = isLockedId(next.editingShapeId);
  const croppingLocked = isLockedId(next.croppingShapeId);
  const hoveredLocked = isLockedId(next.hoveredShapeId);
  if (blocked.length === 0 && !editingLocked && !croppingLocked && !hoveredLocked) return next;
  const firstBlocked = blocked[0] ?? (editingLocked ? next.editingShapeId : null);
  if (firstBlocked) onBlocked?.(firstBlocked);
  return {
    ...next,
    selectedShapeIds: next.selectedShapeIds.filter((id) => !blocked.includes(id)),
    editingShapeId: editingLocked ? null : next.editingShapeId,
    croppingShapeId: croppingLocked ? null : next.croppingShapeId,
    hoveredShapeId: hoveredLocked ? null : next.hoveredShapeId,
  };
}
