import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/evaluation/AnswerForm";
import styles from "@/components/evaluation/evaluation.module.css";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { isAppError } from "@/lib/server/errors";
import { loadCohortAccess } from "../../../../load-cohort-access";

export const dynamic = "force-dynamic";

type Params = { cohortId: string; sessionId: string };

/**
 * Where a participant answers a session's questionnaire, made for a phone. Trainers are sent
 * to the session page (they read results there); nobody else gets anything (not-found page).
 */
export default async function EvaluationAnswerPage({ params }: { params: Promise<Params> }) {
  const { cohortId, sessionId } = await params;
  const pagePath = `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}`;
  const { user } = await loadCohortAccess(cohortId, `${pagePath}/evaluation`);
  const [t, session, view] = await Promise.all([
    getTranslations("evaluation"),
    findCourseSession(cohortId, sessionId),
    getQuestionnaire(user, cohortId, sessionId),
  ]).catch((error: unknown) => {
    if (isAppError(error)) notFound(); // a session of another cohort, or none
    throw error;
  });
  const questionnaire = view.questionnaire;

  let body;
  if (view.role === "trainer") {
    body = (
      <p className="notice">
        {t("answer.trainerNote")} <Link href={pagePath}>{t("answer.toSession")}</Link>
      </p>
    );
  } else if (questionnaire?.status === "open") {
    body = (
      <>
        <p className="page__intro">{t("answer.intro")}</p>
        <AnswerForm apiPath={`/api${pagePath}/evaluation`} questions={questionnaire.questions} myAnswers={view.myAnswers} />
      </>
    );
  } else {
    body = (
      <p className="notice" data-testid="evaluation-not-open">
        {questionnaire?.status === "closed" ? t("answer.closed") : t("answer.notOpen")}
      </p>
    );
  }

  return (
    <main className={styles.answerPage} data-testid="evaluation-page">
      <p className="breadcrumb">
        <Link href={`/cohorts/${encodeURIComponent(cohortId)}`}>← {t("answer.back")}</Link>
      </p>
      <h1>{t("answer.title", { session: session.title })}</h1>
      {body}
    </main>
  );
}
