/** The message files of each locale, one per feature; top-level namespaces must not overlap. */
export const MESSAGE_FILES = ["core", "auth", "cohort", "live-session", "follow", "locks", "voting", "silent", "review", "comments", "workbook", "overview", "peer-review", "actions", "process", "partners", "evaluation"] as const;
