/**
 * The real Cocreate app for the browser benchmark: the production build started by the same
 * helper the browser tests use (tests/helpers/app-process.ts: own temporary DATA_DIR, demo room
 * DEMO42), pinned after start to the server core, the demo room moved to a stage by the demo
 * trainer through the real UI, and filled through a Node y-websocket client that joined as a guest.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import type { TLPageId } from "tldraw";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { STAGES, type StageId } from "@/lib/shared/stages";
import {
  DEMO_TRAINER_EMAIL,
  DEMO_TRAINER_PASSWORD,
  startApp,
  type AppProcess,
} from "@/tests/helpers/app-process";
import { connectProvider, fetchRoomToken, joinAsGuest } from "@/tests/helpers/node-client";
import { RoomPage } from "@/tests/e2e/fixtures/room-page";
import { buildNoteRecords } from "./note-records";

export const DEMO_JOIN_CODE = "DEMO42";
const BATCH = 100;
const BUILD_WAIT_MS = 5 * 60_000;

export interface RoomWriter {
  roomId: string;
  doc: Y.Doc;
  records: YKeyValue<unknown>;
  provider: WebsocketProvider;
}

/**
 * Builds the app (`npm run build`) when .next/BUILD_ID is missing; true when it built. When
 * another build of the same tree is running (Next refuses a second one), waits for its BUILD_ID.
 */
export async function ensureBuild(): Promise<boolean> {
  if (existsSync(".next/BUILD_ID")) return false;
  const build = spawnSync("npm", ["run", "build"], { encoding: "utf8" });
  if (build.status === 0) return true;
  if (!/Another next build process is already running/.test(build.stdout + build.stderr)) {
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
  await waitFor(() => existsSync(".next/BUILD_ID"), "the other build", BUILD_WAIT_MS);
  return false;
}

/** Starts the app; with `core`, pins its whole process group there (taskset). */
export async function startPinnedApp(
  core: number | null,
): Promise<{ app: AppProcess; pinned: boolean }> {
  const app = await startApp();
  if (core === null) return { app, pinned: false };
  // startApp spawns `node … server/index.ts` as a child of this process, in its own group.
  const leader = spawnSync("pgrep", ["-P", String(process.pid), "-f", "server/index.ts"], {
    encoding: "utf8",
  }).stdout.trim();
  const group = leader
    ? spawnSync("pgrep", ["-g", leader], { encoding: "utf8" }).stdout.split("\n").filter(Boolean)
    : [];
  const pinned =
    group.length > 0 &&
    group.every((pid) => spawnSync("taskset", ["-a", "-cp", String(core), pid]).status === 0);
  return { app, pinned };
}

/** Joins the demo room as a guest from Node and syncs a provider (used to fill and to count). */
export async function joinWriter(baseUrl: string): Promise<RoomWriter> {
  const guest = await joinAsGuest(baseUrl, DEMO_JOIN_CODE, "Bench filler");
  const token = await fetchRoomToken(baseUrl, guest);
  const doc = new Y.Doc();
  const provider = await connectProvider(baseUrl, guest.roomId, token, doc);
  return { roomId: guest.roomId, doc, provider, records: new YKeyValue(getRecordsArray(doc)) };
}

/** The demo trainer signs in (real sign-in page) and moves everyone to `stageId`. */
export async function setStageAsTrainer(
  browser: Browser,
  app: AppProcess,
  writer: RoomWriter,
  stageId: StageId,
): Promise<void> {
  const trainer = await RoomPage.open(browser);
  try {
    const roomPath = `/rooms/${writer.roomId}`;
    await trainer.signInAsTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, roomPath);
    await trainer.setStageForEveryone(stageId);
    await waitFor(() => getRoomMap(writer.doc).get(RoomKey.activeStage) === stageId, "stage");
  } finally {
    await trainer.close();
  }
}

/** Writes `count` notes on `pageId` in transactions of 100 (like pastes) and waits until stored. */
export async function fillWithNotes(
  baseUrl: string,
  writer: RoomWriter,
  count: number,
  pageId: TLPageId,
): Promise<void> {
  const notes = buildNoteRecords(count, pageId);
  for (let first = 0; first < notes.length; first += BATCH) {
    writer.doc.transact(() => {
      for (const note of notes.slice(first, first + BATCH)) writer.records.set(note.id, note);
    });
  }
  // The server commits before it fans out; a second guest seeing every note means it is stored.
  const check = await joinWriter(baseUrl);
  try {
    const ids = new Set(notes.map((note) => note.id));
    await waitFor(() => [...ids].every((id) => check.records.has(id)), "notes stored");
  } finally {
    closeWriter(check);
  }
}

/** Document records the room holds, and shapes on `stageId`'s page (following frames down). */
export function countRoom(
  writer: RoomWriter,
  stageId: StageId,
): { records: number; shapes: number } {
  const pageId = STAGES.find((stage) => stage.id === stageId)!.pageId;
  const parents = new Map<string, string>();
  for (const [id, entry] of writer.records.map) {
    const record = entry.val as { typeName?: string; parentId?: string };
    if (record.typeName === "shape" && record.parentId) parents.set(id, record.parentId);
  }
  const rootOf = (id: string): string => {
    let parent = parents.get(id) ?? id;
    while (parents.has(parent)) parent = parents.get(parent)!;
    return parent;
  };
  const shapes = [...parents.keys()].filter((id) => rootOf(id) === pageId).length;
  return { records: writer.records.map.size, shapes };
}

export function closeWriter(writer: RoomWriter): void {
  writer.provider.destroy();
  writer.doc.destroy();
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
