/** Where a session's questionnaire is answered: the page participants are sent to from everywhere. */
export function evaluationAnswerPath(cohortId: string, sessionId: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/sessions/${encodeURIComponent(sessionId)}/evaluation`;
}
