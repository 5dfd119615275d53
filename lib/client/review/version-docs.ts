"use client";
/**
 * Fetches the documents the review timeline shows: a stored version (binary Yjs update, cached:
 * versions never change) or the room's current board (its JSON backup). Kept per page.
 */
import * as Y from "yjs";
import type { VersionSummary } from "@/lib/shared/history/version-summary";

/** The timeline's last position: the board as it is now. */
export const CURRENT_BOARD = "current";

export class VersionDocs {
  private readonly cache = new Map<string, Promise<Y.Doc>>();

  constructor(private readonly roomId: string) {}

  async listVersions(): Promise<VersionSummary[]> {
    const response = await fetch(`/api/rooms/${encodeURIComponent(this.roomId)}/versions`, {
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`versions: HTTP ${response.status}`);
    return ((await response.json()) as { versions: VersionSummary[] }).versions;
  }

  /** The document of version `id`, or of the current board for CURRENT_BOARD (never cached). */
  load(id: string): Promise<Y.Doc> {
    if (id === CURRENT_BOARD) return this.fetchCurrent();
    let pending = this.cache.get(id);
    if (!pending) {
      pending = this.fetchVersion(id);
      pending.catch(() => this.cache.delete(id));
      this.cache.set(id, pending);
    }
    return pending;
  }

  private async fetchVersion(id: string): Promise<Y.Doc> {
    const url = `/api/rooms/${encodeURIComponent(this.roomId)}/versions/${encodeURIComponent(id)}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`version: HTTP ${response.status}`);
    return docFromUpdate(new Uint8Array(await response.arrayBuffer()));
  }

  private async fetchCurrent(): Promise<Y.Doc> {
    const url = `/api/rooms/${encodeURIComponent(this.roomId)}/export/backup.json`;
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`current board: HTTP ${response.status}`);
    const backup = (await response.json()) as { update: string };
    return docFromUpdate(Uint8Array.from(atob(backup.update), (char) => char.charCodeAt(0)));
  }
}

function docFromUpdate(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}
