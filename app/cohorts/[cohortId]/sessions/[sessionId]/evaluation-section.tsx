/**
 * The evaluation part of a session page. Trainers: the questionnaire editor and, once it has
 * been opened, the results with the CSV download. Participants: a link to answer while it is open.
 */
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { QuestionnaireEditor } from "@/components/evaluation/QuestionnaireEditor";
import { SessionResultsView } from "@/components/evaluation/SessionResultsView";
import type { SessionUser } from "@/lib/server/auth/session";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { getSessionResults } from "@/lib/server/evaluation/get-session-results";
import { pageOrigin } from "@/lib/server/http/public-origin";
import { evaluationAnswerPath } from "@/lib/shared/evaluation/paths";

interface EvaluationSectionProps {
  user: SessionUser;
  cohortId: string;
  sessionId: string;
}

export async function EvaluationSection({ user, cohortId, sessionId }: EvaluationSectionProps) {
  const [t, view] = await Promise.all([getTranslations("evaluation"), getQuestionnaire(user, cohortId, sessionId)]);
  const pagePath = `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}`;
  if (view.role === "participant") {
    if (view.questionnaire?.status !== "open") return null;
    return (
      <section className="panel" aria-labelledby="evaluation-title">
        <h2 id="evaluation-title" className="panel__title">{t("heading")}</h2>
        <Link className="button button--primary" href={evaluationAnswerPath(cohortId, sessionId)} data-testid="answer-evaluation">
          {t("invite.room")}
        </Link>
      </section>
    );
  }
  const { questionnaire } = view;
  const results = questionnaire && questionnaire.status !== "draft" ? await getSessionResults(user, cohortId, sessionId) : null;
  const apiPath = `/api${pagePath}/evaluation`;
  return (
    <section className="panel" aria-labelledby="evaluation-title" data-testid="session-evaluation">
      <h2 id="evaluation-title" className="panel__title">{t("heading")}</h2>
      <p className="panel__intro">{t("intro")}</p>
      <QuestionnaireEditor
        key={questionnaire ? `${questionnaire.id}-${questionnaire.status}` : "none"}
        apiPath={apiPath}
        answerUrl={`${await pageOrigin()}${evaluationAnswerPath(cohortId, sessionId)}`}
        questionnaire={questionnaire}
      />
      {results && <SessionResultsView results={results} csvHref={`${apiPath}/results.csv`} />}
    </section>
  );
}
