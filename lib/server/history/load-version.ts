import * as Y from "yjs";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

/** The stored document of one version of `roomId` (Y.encodeStateAsUpdate); 404 if not that room's. */
export async function loadVersionUpdate(
  roomId: string,
  versionId: string,
  prisma: DbClient = getPrisma(),
): Promise<Uint8Array> {
  const version = await prisma.docVersion.findFirst({
    where: { id: versionId, roomId },
    select: { data: true },
  });
  if (!version) throw new AppError("version_not_found", 404, "This version does not exist.");
  return new Uint8Array(version.data);
}

/** The version as a document of its own (read only by whoever asked). */
export async function loadVersionDoc(
  roomId: string,
  versionId: string,
  prisma: DbClient = getPrisma(),
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadVersionUpdate(roomId, versionId, prisma));
  return doc;
}
