/** A room version as the history API lists it (GET /api/rooms/<id>/versions), oldest first. */
export interface VersionSummary {
  id: string;
  /** ISO time the version was kept. */
  createdAt: string;
  /** Why: "created", "interval" (while editing), "stage" (stage change), "restore". */
  reason: string;
  stageId: string | null;
}
