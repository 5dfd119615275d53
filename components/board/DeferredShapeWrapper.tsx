"use client";
/**
 * tldraw's shape wrapper, except that a shape's content (its React component) is only mounted
 * once the shape has been in the viewport. tldraw 5 mounts every shape of the page and hides the
 * ones outside the view; on a stage with thousands of notes that is seconds of work before the
 * first frame, for notes nobody sees yet. The wrapper element itself is always there, so
 * tldraw's culling, transforms and z-order work as before; content, once mounted, stays.
 *
 * "In view" is tldraw's own test (`getNotVisibleShapes`: the viewport against the shape's page
 * bounds), plus the shape being edited, whose text editor must exist wherever it is.
 */
import { forwardRef, useState } from "react";
import { DefaultShapeWrapper, useEditor, useValue, type TLShapeWrapperProps } from "tldraw";

export const DeferredShapeWrapper = forwardRef<HTMLDivElement, TLShapeWrapperProps>(function DeferredShapeWrapper(
  { children, ...props },
  ref,
) {
  const editor = useEditor();
  const id = props.shape.id;
  const [hasBeenInView, setHasBeenInView] = useState(false);
  // Once shown, the value reads no signal, so the shape stops following the viewport.
  const isInView = useValue(
    "shape in view",
    () => hasBeenInView || !editor.getNotVisibleShapes().has(id) || editor.getEditingShapeId() === id,
    [editor, id, hasBeenInView],
  );
  // Remembering a value from render is React's documented pattern for state derived from props.
  if (isInView && !hasBeenInView) setHasBeenInView(true);
  return (
    <DefaultShapeWrapper ref={ref} {...props}>
      {isInView ? children : null}
    </DefaultShapeWrapper>
  );
});
