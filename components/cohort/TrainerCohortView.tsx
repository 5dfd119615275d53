/** The trainer's cohort page: join code and trainers beside sessions, groups and participants. */
import { CoTrainerList } from "./CoTrainerList";
import { GroupList } from "./GroupList";
import { JoinCodePanel } from "./JoinCodePanel";
import { ParticipantList } from "./ParticipantList";
import { SessionTimeline } from "./SessionTimeline";
import type { CourseSessionView, GroupView, ParticipantView, TrainerView } from "./types";

export interface TrainerCohortViewProps {
  cohortId: string;
  sessions: CourseSessionView[];
  groups: GroupView[];
  participants: ParticipantView[];
  trainers: TrainerView[];
  canRemoveTrainers: boolean;
  joinCode: { code: string | null; joinUrl: string | null; qrSvg: string | null };
}

export function TrainerCohortView(props: TrainerCohortViewProps) {
  const { cohortId, groups } = props;
  return (
    <div className="cohort-columns">
      <div className="cohort-columns__side">
        <JoinCodePanel cohortId={cohortId} {...props.joinCode} />
        <CoTrainerList cohortId={cohortId} trainers={props.trainers} canRemove={props.canRemoveTrainers} />
      </div>
      <div className="cohort-columns__main">
        <GroupList cohortId={cohortId} groups={groups} />
        <ParticipantList cohortId={cohortId} participants={props.participants} groups={groups} />
        <SessionTimeline cohortId={cohortId} sessions={props.sessions} />
      </div>
    </div>
  );
}
