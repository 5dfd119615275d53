"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Feedback } from "@/lib/client/comments/use-feedback";
import type { CommentView } from "@/lib/shared/comments/comment-schemas";
import type { NumberedThread } from "@/lib/client/comments/stage-threads";
import { CommentComposer } from "./CommentComposer";
import styles from "./comments.module.css";

interface CommentThreadProps extends NumberedThread {
  feedback: Feedback;
}

/** One thread in the panel: the comment, its replies, a reply box, resolve/reopen and delete. */
export function CommentThread({ number, thread, feedback }: CommentThreadProps) {
  const t = useTranslations("comments");
  const item = useRef<HTMLLIElement>(null);
  const selected = feedback.selectedId === thread.id;
  const resolved = thread.resolvedAt !== null;
  const canReply = feedback.rights.reply;

  useEffect(() => {
    if (selected) item.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const classes = [styles.thread, selected && styles.threadSelected, resolved && styles.threadResolved];
  return (
    <li
      ref={item}
      className={classes.filter(Boolean).join(" ")}
      data-testid={`comment-thread-${number}`}
      data-thread-id={thread.id}
      data-resolved={resolved}
      aria-current={selected ? "true" : undefined}
    >
      <div className={styles.threadHead}>
        <span className={thread.anchor ? styles.number : `${styles.number} ${styles.numberStage}`} aria-hidden="true">
          {number}
        </span>
        {!thread.anchor && <span className={styles.muted}>{t("onStage")}</span>}
      </div>
      <CommentBody comment={thread} feedback={feedback} />
      {resolved && (
        <p className={styles.resolvedNote} data-testid="comment-resolved-by">
          {thread.resolvedBy?.name ? t("resolvedBy", { name: thread.resolvedBy.name }) : t("resolved")}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ul className={styles.replies}>
          {thread.replies.map((reply) => (
            <li key={reply.id} className={styles.reply} data-testid="comment-reply">
              <CommentBody comment={reply} feedback={feedback} />
            </li>
          ))}
        </ul>
      )}
      {canReply && (
        <CommentComposer
          label={t("replyLabel", { number })}
          placeholder={t("replyPlaceholder")}
          submitLabel={t("send")}
          busy={feedback.busy}
          testId="comment-reply-form"
          onSubmit={(body) => feedback.reply(thread.id, body)}
        />
      )}
      {canReply && (
        <button
          type="button"
          className={styles.secondary}
          data-testid="comment-resolve"
          disabled={feedback.busy}
          onClick={() => void feedback.setResolved(thread.id, !resolved)}
        >
          {resolved ? t("reopen") : t("resolve")}
        </button>
      )}
    </li>
  );
}

function CommentBody({ comment, feedback }: { comment: CommentView; feedback: Feedback }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const createdAt = new Date(comment.createdAt);
  return (
    <div className={styles.comment}>
      <div className={styles.meta}>
        <strong className={styles.author}>{comment.author.name}</strong>
        <time dateTime={comment.createdAt} className={styles.muted}>
          {format.dateTime(createdAt, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
        </time>
        {comment.canDelete && (
          <button
            type="button"
            className={styles.delete}
            aria-label={t("deleteComment")}
            title={t("deleteComment")}
            disabled={feedback.busy}
            onClick={() => {
              if (window.confirm(t("deleteConfirm"))) void feedback.remove(comment.id);
            }}
          >
            ×
          </button>
        )}
      </div>
      <p className={styles.body} data-testid="comment-body">
        {comment.body}
      </p>
    </div>
  );
}
