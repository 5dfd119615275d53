"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Feedback } from "@/lib/client/comments/use-feedback";
import type { NumberedThread } from "@/lib/client/comments/stage-threads";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { CommentComposer } from "./CommentComposer";
import { CommentThread } from "./CommentThread";
import styles from "./comments.module.css";

interface FeedbackPanelProps {
  feedback: Feedback;
  stageId: StageId | null;
  stageThreads: NumberedThread[];
}

const ERROR_KEYS = new Set(["forbidden", "comment_not_found", "invalid_input"]);

/** The feedback drawer over the right of the board: the current stage's threads. */
export function FeedbackPanel({ feedback, stageId, stageThreads }: FeedbackPanelProps) {
  const t = useTranslations("comments");
  const locale = useLocale() === "en" ? "en" : "nl";
  const stage = STAGES.find((candidate) => candidate.id === stageId);
  const openElsewhere = feedback.unresolvedCount - stageThreads.filter(({ thread }) => !thread.resolvedAt).length;
  const draft = feedback.draft;

  return (
    <aside className={styles.panel} aria-labelledby="feedback-heading" data-testid="feedback-panel">
      <div className={styles.panelHead}>
        <h2 id="feedback-heading" className={styles.heading}>
          {stage ? t("heading", { stage: stage[locale] }) : t("headingNoStage")}
        </h2>
        <button type="button" className={styles.close} aria-label={t("close")} onClick={feedback.close}>
          ×
        </button>
      </div>

      {feedback.rights.create && stageId && (
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.secondary}
            data-testid="feedback-add-stage"
            onClick={() => feedback.setDraft({ anchor: null, shapeId: null })}
          >
            {t("addToStage")}
          </button>
          <button
            type="button"
            className={styles.secondary}
            aria-pressed={feedback.placing}
            data-testid="feedback-pin"
            onClick={() => feedback.setPlacing(!feedback.placing)}
          >
            {feedback.placing ? t("cancelPlacing") : t("pin")}
          </button>
        </div>
      )}
      {feedback.placing && (
        <p className={styles.hint} role="status">
          {t("placing")}
        </p>
      )}
      {draft && stageId && (
        <div className={styles.draft}>
          <h3 className={styles.subheading}>{draft.anchor ? t("newPinned") : t("newOnStage")}</h3>
          <CommentComposer
            label={t("body")}
            submitLabel={t("post")}
            cancelLabel={t("cancel")}
            busy={feedback.busy}
            autoFocus
            testId="feedback-new-thread"
            onCancel={() => feedback.setDraft(null)}
            onSubmit={async (body) => {
              const thread = await feedback.create({ stageId, body, ...draft });
              if (!thread) return false;
              feedback.setDraft(null);
              feedback.select(thread.id);
              return true;
            }}
          />
        </div>
      )}
      {feedback.errorCode && (
        <p className={styles.error} role="alert">
          {t(`error.${ERROR_KEYS.has(feedback.errorCode) ? feedback.errorCode : "failed"}`)}
        </p>
      )}
      {feedback.loaded && !feedback.rights.reply && <p className={styles.hint}>{t("readOnly")}</p>}

      {!feedback.loaded ? (
        <p className={styles.hint}>{t("loading")}</p>
      ) : stageThreads.length === 0 ? (
        <p className={styles.hint}>{t("empty")}</p>
      ) : (
        <ol className={styles.threads} data-testid="feedback-threads">
          {stageThreads.map((numbered) => (
            <CommentThread key={numbered.thread.id} {...numbered} feedback={feedback} />
          ))}
        </ol>
      )}
      {openElsewhere > 0 && <p className={styles.hint}>{t("otherStages", { count: openElsewhere })}</p>}
    </aside>
  );
}
