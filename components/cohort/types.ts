/**
 * Plain, serialisable shapes the cohort pages hand to these components. The pages (app/) map the
 * services' results into them, so components never depend on Prisma or lib/server.
 */
export type SessionKind = "session" | "work";

export interface CohortSummaryView {
  id: string;
  name: string;
  organisation: string | null;
  /** Already formatted in the reader's language, e.g. "3 mrt 2025 – 12 mei 2025". */
  periodText: string | null;
  role: "trainer" | "participant";
}

export interface CohortDetailsView {
  id: string;
  name: string;
  organisation: string | null;
  /** "YYYY-MM-DD" for date inputs. */
  startsOn: string | null;
  endsOn: string | null;
  periodText: string | null;
}

export interface CourseSessionView {
  id: string;
  position: number;
  title: string;
  kind: SessionKind;
  /** ISO timestamp (for editing) and its localized text (for reading). */
  startsAt: string | null;
  startsAtText: string | null;
}

export interface GroupView {
  id: string;
  name: string;
  roomId: string;
  participantCount: number;
}

export interface ParticipantView {
  userId: string;
  displayName: string;
  groupId: string | null;
}

export interface TrainerView {
  userId: string;
  name: string;
  email: string | null;
  role: "owner" | "co";
}
