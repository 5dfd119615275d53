import type * as Y from "yjs";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { countVotes } from "@/lib/server/voting/count-votes";
import { rankVoteCounts, VoteState, type VoteCounts } from "@/lib/shared/facilitation/voting";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { isStageId, type StageId } from "@/lib/shared/stages";

export type RankedVotes = { noteId: string; count: number }[];

/**
 * The result of the last ended dot vote of each stage, ranked (most dots first). Ballots come
 * from the stored vote sessions; a stage without one falls back to the room map's `vote` (a room
 * imported from a backup has the results there but no sessions). Stages nobody voted on are
 * missing from the map.
 */
export async function stageVoteResults(
  roomId: string,
  doc: Y.Doc,
  prisma: DbClient = getPrisma(),
): Promise<Map<StageId, RankedVotes>> {
  const sessions = await prisma.voteSession.findMany({
    where: { roomId, status: "ended" },
    orderBy: [{ endedAt: "desc" }, { startedAt: "desc" }],
    select: { id: true, stageId: true },
  });
  const latest = new Map<StageId, string>();
  for (const session of sessions) {
    if (isStageId(session.stageId) && !latest.has(session.stageId)) {
      latest.set(session.stageId, session.id);
    }
  }
  const counts = new Map<StageId, VoteCounts>();
  for (const [stageId, sessionId] of latest)
    counts.set(stageId, await countVotes(sessionId, prisma));

  const roomVote = VoteState.safeParse(getRoomMap(doc).get(RoomKey.vote));
  if (roomVote.success && roomVote.data.status === "ended" && roomVote.data.results) {
    if (!counts.has(roomVote.data.stageId))
      counts.set(roomVote.data.stageId, roomVote.data.results);
  }
  return new Map([...counts].map(([stageId, votes]) => [stageId, rankVoteCounts(votes)]));
}
