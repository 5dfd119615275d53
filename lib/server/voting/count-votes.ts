import type { DbClient } from "@/lib/server/db/client";
import type { VoteCounts } from "@/lib/shared/facilitation/voting";

/** Dots per note of a session (notes without dots are left out). */
export async function countVotes(sessionId: string, prisma: Pick<DbClient, "vote">): Promise<VoteCounts> {
  const groups = await prisma.vote.groupBy({
    by: ["noteId"],
    where: { sessionId },
    _count: { _all: true },
  });
  const counts: VoteCounts = {};
  for (const group of groups) counts[group.noteId] = group._count._all;
  return counts;
}
