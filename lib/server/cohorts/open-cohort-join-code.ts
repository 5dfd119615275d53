import type { DbClient } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/prisma-errors";
import { generateJoinCode } from "@/lib/server/rooms/generate-join-code";

const MAX_CODE_ATTEMPTS = 5;

/**
 * Stores a new random participant code for `cohortId` and returns it; a code that collides with
 * any existing one (open or closed, room or cohort) is retried with a new one. Closed codes are
 * kept, so a code is never handed out twice. Not for use inside a transaction: on PostgreSQL a
 * failed insert aborts the transaction, so the retry would fail.
 */
export async function openCohortJoinCode(prisma: DbClient, cohortId: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { code } = await prisma.joinCode.create({
        data: { code: generateJoinCode(), cohortId },
        select: { code: true },
      });
      return code;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}
