import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/prisma-errors";
import { createInitialDocumentUpdate } from "./initial-document";
import { generateJoinCode, normalizeJoinCode } from "./generate-join-code";

export const createRoomInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(120),
  ownerId: z.string().min(1),
  /** Also open a join code for guests. */
  withJoinCode: z.boolean().default(false),
  /** A fixed code instead of a random one (the demo's DEMO42); implies withJoinCode. */
  joinCode: z.string().optional(),
  /** A whole document (Y.encodeStateAsUpdate) to start from instead of the template (imports). */
  document: z.custom<Uint8Array>((value) => value instanceof Uint8Array).optional(),
});
export type CreateRoomInput = z.input<typeof createRoomInput>;

export interface CreatedRoom {
  roomId: string;
  name: string;
  joinCode: string | null;
}

const MAX_CODE_ATTEMPTS = 5;

/**
 * Creates a room owned by a trainer, in one transaction: the room, the owner's membership
 * (editor + facilitator), the starting document (five stage pages) as the room's snapshot at
 * seq 0, a "created" version of it, and a join code when asked. A random code that collides is
 * retried with a new one.
 */
export async function createRoom(
  input: CreateRoomInput,
  prisma: DbClient = getPrisma(),
): Promise<CreatedRoom> {
  const {
    name,
    ownerId,
    withJoinCode,
    joinCode: fixedCode,
    document: given,
  } = createRoomInput.parse(input);
  const owner = await prisma.user.findUnique({ where: { id: ownerId }, select: { kind: true } });
  if (!owner) throw new AppError("user_not_found", 404, "The room's owner does not exist.");
  const fixed = fixedCode === undefined ? null : normalizeJoinCode(fixedCode);
  if (fixedCode !== undefined && !fixed)
    throw new AppError("invalid_join_code", 400, "A join code has 6 letters or digits.");
  const document = new Uint8Array(given ?? createInitialDocumentUpdate());

  for (let attempt = 1; ; attempt++) {
    const code = fixed ?? (withJoinCode ? generateJoinCode() : null);
    try {
      const room = await prisma.room.create({
        data: {
          name,
          ownerId,
          members: { create: { userId: ownerId, role: "editor", facilitator: true } },
          snapshot: { create: { data: document, upToSeq: 0 } },
          versions: { create: { data: document, reason: "created" } },
          ...(code ? { joinCodes: { create: { code } } } : {}),
        },
        select: { id: true, name: true },
      });
      return { roomId: room.id, name: room.name, joinCode: code };
    } catch (error) {
      if (!isUniqueViolation(error) || !code) throw error;
      if (fixed) throw new AppError("join_code_taken", 409, "This join code is already in use.");
      if (attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}
