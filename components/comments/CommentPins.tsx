"use client";
import { useTranslations } from "next-intl";
import { useEffect, type PointerEvent } from "react";
import type { Editor } from "tldraw";
import type { Feedback } from "@/lib/client/comments/use-feedback";
import type { PlacedPin } from "@/lib/client/comments/use-pin-positions";
import styles from "./comments.module.css";

interface CommentPinsProps {
  editor: Editor | null;
  pins: PlacedPin[];
  feedback: Feedback;
}

/**
 * Over the canvas: a numbered pin per pinned thread of the stage on screen (click opens its
 * thread), and while a trainer places a pin, a layer that turns the next click into page
 * coordinates (`editor.screenToPage`) instead of a drawing gesture.
 */
export function CommentPins({ editor, pins, feedback }: CommentPinsProps) {
  const t = useTranslations("comments");
  const { placing, setPlacing, setDraft } = feedback;

  useEffect(() => {
    if (!placing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setPlacing(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [placing, setPlacing]);

  function handlePlace(event: PointerEvent<HTMLDivElement>) {
    if (!editor) return;
    event.preventDefault();
    event.stopPropagation();
    const point = editor.screenToPage({ x: event.clientX, y: event.clientY });
    const shape = editor.getShapeAtPoint(point, { hitInside: true, margin: 0 });
    setDraft({ anchor: { x: point.x, y: point.y }, shapeId: shape?.id ?? null });
  }

  return (
    <div className={styles.overlay}>
      {pins.map(({ number, thread, x, y }) => {
        const resolved = thread.resolvedAt !== null;
        const label = t(resolved ? "pinLabelResolved" : "pinLabel", {
          number,
          author: thread.author.name,
          body: thread.body.length > 80 ? `${thread.body.slice(0, 80)}…` : thread.body,
        });
        return (
          <button
            key={thread.id}
            type="button"
            className={resolved ? `${styles.pin} ${styles.pinResolved}` : styles.pin}
            style={{ left: x, top: y }}
            aria-label={label}
            title={label}
            data-testid={`comment-pin-${number}`}
            data-resolved={resolved}
            onClick={() => feedback.select(thread.id)}
          >
            {number}
          </button>
        );
      })}
      {placing && (
        <div
          className={styles.placeLayer}
          role="button"
          tabIndex={-1}
          aria-label={t("placeLayer")}
          data-testid="feedback-place-layer"
          onPointerDown={handlePlace}
        />
      )}
    </div>
  );
}
