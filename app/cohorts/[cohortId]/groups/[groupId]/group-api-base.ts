/** The API path of a group's workbook data (…/api/cohorts/<id>/groups/<id>). */
export function groupApiBase(cohortId: string, groupId: string): string {
  return `/api/cohorts/${encodeURIComponent(cohortId)}/groups/${encodeURIComponent(groupId)}`;
}
