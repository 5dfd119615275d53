"use client";
import { useId, useState, type FormEvent } from "react";
import { COMMENT_BODY_MAX } from "@/lib/shared/comments/comment-schemas";
import styles from "./comments.module.css";

interface CommentComposerProps {
  label: string;
  placeholder?: string;
  submitLabel: string;
  cancelLabel?: string;
  busy: boolean;
  autoFocus?: boolean;
  testId: string;
  /** Resolves true when stored; the text is then cleared. */
  onSubmit(body: string): Promise<boolean>;
  onCancel?(): void;
}

/** A text box with a send button, for new threads and replies. */
export function CommentComposer(props: CommentComposerProps) {
  const [body, setBody] = useState("");
  const id = useId();
  const empty = body.trim().length === 0;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (empty) return;
    if (await props.onSubmit(body)) setBody("");
  }

  return (
    <form className={styles.composer} onSubmit={handleSubmit} data-testid={props.testId}>
      <label htmlFor={id} className={styles.visuallyHidden}>
        {props.label}
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        value={body}
        placeholder={props.placeholder ?? props.label}
        maxLength={COMMENT_BODY_MAX}
        rows={2}
        autoFocus={props.autoFocus}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") props.onCancel?.();
          // Keep tldraw's keyboard shortcuts out of the text box.
          event.stopPropagation();
        }}
      />
      <div className={styles.composerActions}>
        {props.onCancel && props.cancelLabel && (
          <button type="button" className={styles.secondary} onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
        <button type="submit" className={styles.primary} disabled={props.busy || empty}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
