import * as Y from "yjs";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import type { DbClient } from "@/lib/server/db/client";
import { getPrisma } from "@/lib/server/db/client";

/**
 * The room's current document, rebuilt from the store (snapshot, then every later update), the
 * same way the realtime server loads it; exports read this rather than a live connection.
 */
export async function loadRoomDoc(roomId: string, prisma: DbClient = getPrisma()): Promise<Y.Doc> {
  const stored = await createPrismaDocumentStore(prisma).load(roomId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}
