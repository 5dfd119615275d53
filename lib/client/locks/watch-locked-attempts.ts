/**
 * Notices when a participant tries to move or edit a locked shape, so the UI can say why
 * nothing happens. tldraw treats such a press as a press on the canvas (treat-as-locked.ts),
 * so the attempt is recognised from input events: a drag that starts on a locked shape and
 * selects nothing, or a double-click on one.
 */
import type { Editor, TLEventInfo, TLShape } from "tldraw";
import { isLockedRecord } from "@/lib/shared/locks/locked-record";

/** Calls `onAttempt` for each attempt on a locked shape; returns a function that stops. */
export function watchLockedAttempts(
  editor: Editor,
  isFacilitator: () => boolean,
  onAttempt: (shape: TLShape) => void,
): () => void {
  let pressed: TLShape | null = null;
  let dragged = false;
  const lockedShapeUnderPointer = (): TLShape | null => {
    if (isFacilitator() || editor.getCurrentToolId() !== "select") return null;
    const shape = editor.getShapeAtPoint(editor.inputs.getCurrentPagePoint(), {
      hitInside: false,
      hitLabels: true,
      margin: editor.getHitTestMargin(),
      renderingOnly: true,
    });
    return shape && isLockedRecord(shape) ? shape : null;
  };
  const handleEvent = (info: TLEventInfo) => {
    if (info.type === "click" && info.name === "double_click") {
      const shape = lockedShapeUnderPointer();
      if (shape) onAttempt(shape);
      return;
    }
    if (info.type !== "pointer") return;
    if (info.name === "pointer_down") {
      pressed = lockedShapeUnderPointer();
      dragged = false;
    } else if (info.name === "pointer_move" && pressed && editor.inputs.getIsDragging()) {
      dragged = true;
    } else if (info.name === "pointer_up") {
      if (pressed && dragged && editor.getSelectedShapeIds().length === 0) onAttempt(pressed);
      pressed = null;
    }
  };
  editor.on("event", handleEvent);
  return () => {
    editor.off("event", handleEvent);
  };
}
