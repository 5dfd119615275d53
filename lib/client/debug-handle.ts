/**
 * `window.__cocreateDebug`: plain data about the board for browser tests and for people
 * debugging a session in the console. Never returns tldraw objects (they do not serialize).
 */
import type { Editor, TLShapeId, TLStore } from "tldraw";
import type * as Y from "yjs";
import { isPrivateRecord } from "@/lib/shared/facilitation/silent";
import { isLockedRecord } from "@/lib/shared/locks/locked-record";
import { stageByPageId } from "@/lib/shared/stages";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";
import { docNotes, type DocNote } from "./silent/doc-note-texts";

export interface CocreateDebug {
  /** Document records in the local store (pages, shapes, users…): equal on synced clients. */
  getRecordCount(): number;
  /** Plain text of every sticky note on every stage. */
  getNoteTexts(): string[];
  /** Stage id this client is looking at, or "" when not on a stage page. */
  getCurrentStage(): string;
  /** This client's camera (page offset and zoom). */
  getCamera(): { x: number; y: number; z: number };
  /** The part of the page this client sees (page coordinates). */
  getViewportPageBounds(): { x: number; y: number; w: number; h: number };
  /** tldraw user id (`user:<id>`) this client follows, or "". */
  getFollowingUserId(): string;
  /** Other people's presence as this client has it: name, stage page and laser/scribble points. */
  getCollaborators(): { userId: string; userName: string; pageId: string; scribblePoints: number }[];
  /**
   * A shape's position (parent space), whether it is locked for participants, and the centre of
   * its page bounds in client (screen) coordinates for pointer input; null when absent.
   */
  getShape(id: string): { x: number; y: number; locked: boolean; screenCenter: { x: number; y: number } } | null;
  /** Id of the shape whose text this client is editing, or "". */
  getEditingShapeId(): string;
  /** Notes in the room's Yjs document (not the store): what was shared, with their author. */
  getDocNotes(): DocNote[];
  /** Texts of the notes in the room's Yjs document. */
  getDocNoteTexts(): string[];
  /** Private (silent brainstorm) records in the local store. */
  getPrivateNoteCount(): number;
}

/** The room's document, set by the silent-brainstorm layer (the Board passes only the store). */
let debugDocument: Y.Doc | null = null;

/** Lets `getDocNotes` read `doc`; returns a function that forgets it again. */
export function setDebugDocument(doc: Y.Doc): () => void {
  debugDocument = doc;
  return () => {
    if (debugDocument === doc) debugDocument = null;
  };
}

declare global {
  interface Window {
    __cocreateDebug?: CocreateDebug;
  }
}

export function installDebugHandle(store: TLStore, editor: Editor): () => void {
  const handle: CocreateDebug = {
    getRecordCount: () =>
      store.allRecords().filter((record) => store.scopedTypes.document.has(record.typeName)).length,
    getNoteTexts: () =>
      store
        .allRecords()
        .filter((record) => record.typeName === "shape" && record.type === "note")
        .map((record) => richTextToPlain((record as { props: { richText?: unknown } }).props.richText)),
    getCurrentStage: () => stageByPageId(editor.getCurrentPageId())?.id ?? "",
    getCamera: () => {
      const { x, y, z } = editor.getCamera();
      return { x, y, z };
    },
    getViewportPageBounds: () => {
      const { x, y, w, h } = editor.getViewportPageBounds();
      return { x, y, w, h };
    },
    getFollowingUserId: () => editor.getInstanceState().followingUserId ?? "",
    getCollaborators: () =>
      editor.getCollaborators().map((presence) => ({
        userId: presence.userId,
        userName: presence.userName,
        pageId: presence.currentPageId,
        scribblePoints: presence.scribbles.reduce((sum, scribble) => sum + scribble.points.length, 0),
      })),
    getEditingShapeId: () => editor.getEditingShapeId() ?? "",
    getDocNotes: () => (debugDocument ? docNotes(debugDocument) : []),
    getDocNoteTexts: () => (debugDocument ? docNotes(debugDocument).map((note) => note.text) : []),
    getPrivateNoteCount: () => store.allRecords().filter((record) => record.typeName === "shape" && isPrivateRecord(record)).length,
    getShape: (id) => {
      const shape = editor.getShape(id as TLShapeId);
      if (!shape) return null;
      const bounds = editor.getShapePageBounds(shape);
      const center = bounds ? editor.pageToScreen(bounds.center) : { x: 0, y: 0 };
      return { x: shape.x, y: shape.y, locked: isLockedRecord(shape), screenCenter: { x: center.x, y: center.y } };
    },
  };
  window.__cocreateDebug = handle;
  return () => {
    if (window.__cocreateDebug === handle) delete window.__cocreateDebug;
  };
}
