import type * as Y from "yjs";
import { pageOf, readRecords } from "@/lib/server/exports/notes-csv";
import { VoteState } from "@/lib/shared/facilitation/voting";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import type { StageFigures } from "@/lib/shared/review/cohort-overview";
import { STAGES, stageByPageId, type StageId } from "@/lib/shared/stages";

export type DocStageFigures = Omit<StageFigures, "lastActivityAt">;

/**
 * Per stage, from the room's document: its sticky notes, the dots they got in the last vote
 * when that vote was on this stage (as the notes CSV counts them), and how many distinct people
 * wrote them (the note's `textLastEditedBy`; anonymously revealed notes have none).
 */
export function stageFiguresOf(doc: Y.Doc): DocStageFigures[] {
  const records = readRecords(doc);
  const parsedVote = VoteState.safeParse(getRoomMap(doc).get(RoomKey.vote));
  const vote = parsedVote.success && parsedVote.data.results ? parsedVote.data : null;
  const figures = new Map<StageId, { notes: number; votes: number; authors: Set<string> }>(
    STAGES.map((stage) => [stage.id, { notes: 0, votes: 0, authors: new Set<string>() }]),
  );
  for (const record of records.values()) {
    if (record.typeName !== "shape" || record.type !== "note") continue;
    const stage = stageByPageId(pageOf(record, records) ?? "");
    const stageFigures = stage && figures.get(stage.id);
    if (!stageFigures) continue;
    stageFigures.notes += 1;
    if (vote?.stageId === stage.id) stageFigures.votes += vote.results?.[record.id] ?? 0;
    const author = record.props?.textLastEditedBy;
    if (typeof author === "string" && author) stageFigures.authors.add(author);
  }
  return STAGES.map((stage) => {
    const { notes, votes, authors } = figures.get(stage.id)!;
    return { stageId: stage.id, notes, votes, contributors: authors.size };
  });
}
