import type { DbClient } from "@/lib/server/db/client";
import { noOpenVote, VOTE_SESSION_SELECT } from "./vote-access";

type Tx = Pick<DbClient, "voteSession">;

/**
 * The room's open vote session, locked for the rest of the transaction; 409 `vote_not_open` when
 * there is none. The no-op update takes the session's row lock on PostgreSQL (SQLite holds its
 * write lock anyway), so two dots cast at once by one person are checked one after the other and
 * cannot both slip under the limit, and a dot cannot land after the vote ended.
 */
export async function findOpenVote(roomId: string, prisma: Tx) {
  const session = await prisma.voteSession.findFirst({
    where: { roomId, status: "open" },
    orderBy: { startedAt: "desc" },
    select: VOTE_SESSION_SELECT,
  });
  if (!session) throw noOpenVote();
  const locked = await prisma.voteSession.updateMany({
    where: { id: session.id, status: "open" },
    data: { status: "open" },
  });
  if (locked.count === 0) throw noOpenVote();
  return session;
}
