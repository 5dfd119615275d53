"use client";
/**
 * The trainer's part of a session's evaluation: pick and order the questions of the draft, open
 * the questionnaire, close it (and open it again). Every change goes to the server and the page
 * is refreshed from what it stored.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "@/components/cohort/ActionError";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import type { QuestionDraft, QuestionnaireView } from "@/lib/shared/evaluation/evaluation-schemas";
import { AddQuestion } from "./AddQuestion";
import { QuestionDraftList } from "./QuestionDraftList";
import styles from "./evaluation.module.css";

interface QuestionnaireEditorProps {
  /** The API path of this session's evaluation (…/sessions/<id>/evaluation). */
  apiPath: string;
  /** Where participants answer (absolute URL, to share). */
  answerUrl: string;
  questionnaire: QuestionnaireView | null;
}

function toDrafts(questionnaire: QuestionnaireView | null): QuestionDraft[] {
  return (questionnaire?.questions ?? []).map((question) =>
    question.defaultKey
      ? { source: "default", defaultKey: question.defaultKey }
      : { source: "own", kind: question.kind, text: question.text },
  );
}

export function QuestionnaireEditor({ apiPath, answerUrl, questionnaire }: QuestionnaireEditorProps) {
  const t = useTranslations("evaluation");
  const action = useCohortAction();
  const [drafts, setDrafts] = useState(() => toDrafts(questionnaire));
  const status = questionnaire?.status ?? "none";
  const isDraft = status === "none" || status === "draft";

  const save = () => action.run("PUT", apiPath, { questions: drafts });
  const setStatus = (next: "open" | "closed") => action.run("PUT", `${apiPath}/status`, { status: next });
  const saveAndOpen = async () => {
    if (await save()) await setStatus("open");
  };

  return (
    <div className={styles.section} data-testid="evaluation-editor">
      <p className={styles.statusLine}>
        <span className={styles.status} data-status={status} data-testid="evaluation-status">
          {t("statusLabel", { status: t(`status.${status}`) })}
        </span>
        {questionnaire && status !== "draft" && (
          <span data-testid="evaluation-response-count">{t("responses", { count: questionnaire.responseCount })}</span>
        )}
      </p>
      <QuestionDraftList drafts={isDraft ? drafts : toDrafts(questionnaire)} onChange={isDraft ? setDrafts : null} />
      {isDraft ? (
        <>
          <AddQuestion drafts={drafts} onAdd={(draft) => setDrafts((current) => [...current, draft])} />
          <div className={styles.actions}>
            <button type="button" className="button button--quiet" onClick={save} disabled={action.isPending}>
              {t("editor.save")}
            </button>
            <button type="button" className="button button--primary" onClick={saveAndOpen} disabled={action.isPending || drafts.length === 0} data-testid="evaluation-open">
              {t("editor.saveAndOpen")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="panel__intro">{t("editor.locked")}</p>
          {status === "open" && (
            <p className="notice">
              {t("editor.share")} <a className={styles.shareLink} href={answerUrl} data-testid="evaluation-answer-link">{answerUrl}</a>
            </p>
          )}
          <div className={styles.actions}>
            {status === "open" ? (
              <button type="button" className="button button--quiet" onClick={() => setStatus("closed")} disabled={action.isPending} data-testid="evaluation-close">
                {t("editor.close")}
              </button>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setStatus("open")} disabled={action.isPending} data-testid="evaluation-reopen">
                {t("editor.reopen")}
              </button>
            )}
          </div>
        </>
      )}
      <ActionError error={action.error} />
    </div>
  );
}
