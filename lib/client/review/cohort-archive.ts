"use client";
/**
 * One archive of a whole cohort, put together in the browser from the room exports the server
 * already offers (each checked for access on its own): per group its notes CSV, JSON backup,
 * PDF report and a drawing of every stage. Built here rather than on the server so the person
 * sees exact progress (file n of N) and no server holds a half-built archive, whichever instance
 * answers each request.
 */
import { zip, type Zippable } from "fflate";
import { STAGES } from "@/lib/shared/stages";

export interface ArchiveGroup {
  name: string;
  roomId: string;
}

export interface ArchiveProgress {
  done: number;
  total: number;
  /** Path in the archive of the file being fetched. */
  current: string;
}

interface ArchiveFile {
  path: string;
  url: string;
}

/** The files of each group, under a folder named after the group (unique, safe for any OS). */
export function archiveFiles(groups: ArchiveGroup[]): ArchiveFile[] {
  const used = new Set<string>();
  return groups.flatMap((group) => {
    const folder = uniqueFolder(group.name, used);
    const room = `/api/rooms/${encodeURIComponent(group.roomId)}`;
    return [
      { path: `${folder}/notes.csv`, url: `${room}/export/notes.csv` },
      { path: `${folder}/backup.json`, url: `${room}/export/backup.json` },
      { path: `${folder}/report.pdf`, url: `${room}/export/report.pdf` },
      ...STAGES.map((stage, index) => ({
        path: `${folder}/${index + 1}-${stage.id}.svg`,
        url: `${room}/export/stages/${stage.id}`,
      })),
    ];
  });
}

/** Fetches every file in turn (reporting progress) and zips them; rejects on the first failure. */
export async function buildCohortArchive(
  groups: ArchiveGroup[],
  onProgress: (progress: ArchiveProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const files = archiveFiles(groups);
  const contents: Zippable = {};
  for (const [index, file] of files.entries()) {
    onProgress({ done: index, total: files.length, current: file.path });
    const response = await fetch(file.url, { signal, cache: "no-store" });
    if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
    contents[file.path] = new Uint8Array(await response.arrayBuffer());
  }
  onProgress({ done: files.length, total: files.length, current: "" });
  const zipped = await new Promise<Uint8Array>((resolve, reject) =>
    zip(contents, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))),
  );
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: "application/zip" });
}

function uniqueFolder(name: string, used: Set<string>): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9 ._-]+/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 60) || "group";
  let folder = base;
  for (let suffix = 2; used.has(folder.toLowerCase()); suffix++) folder = `${base}-${suffix}`;
  used.add(folder.toLowerCase());
  return folder;
}
