import { NextResponse } from "next/server";
import { assertTrainer } from "@/lib/server/access/assert-trainer";
import { AppError } from "@/lib/server/errors";
import { importRoomBackup, MAX_BACKUP_BYTES } from "@/lib/server/exports/backup";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, noPathParams } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Reads the body as JSON, refusing anything larger than a backup may be. */
async function readBackupBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BACKUP_BYTES) throw new AppError("too_large", 413, "The backup is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BACKUP_BYTES) throw new AppError("too_large", 413, "The backup is too large.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_json", 400, "The request body must be JSON.");
  }
}

/** A trainer turns a room backup into a new room they own. */
export async function POST(request: Request) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(noPathParams, { route: "room-import", guard }, async (user) => {
    await assertTrainer(user);
    const created = await importRoomBackup(user.id, await readBackupBody(request));
    return NextResponse.json(created, { status: 201 });
  });
}
