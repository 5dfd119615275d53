/**
 * The tabs of a group's workbook (/cohorts/<id>/groups/<id>/<segment>): what a group keeps
 * beside its board over the weeks of the course. Each feature adds its tab here; the label is
 * `<namespace>.tab` in that feature's message file.
 */
export interface WorkbookTab {
  segment: string;
  namespace: string;
}

/** In the order a group works through them: how it goes, who is involved, what it agreed, peers' view. */
export const WORKBOOK_TABS: readonly WorkbookTab[] = [
  { segment: "process", namespace: "process" },
  { segment: "partners", namespace: "partners" },
  { segment: "actions", namespace: "actions" },
  { segment: "peer-review", namespace: "peerReview" },
];
