"use client";
/**
 * A client's part in a silent brainstorm: marks what a participant makes while the room is
 * silent as private (kept on this device, never sent), restores those records after a reload,
 * and publishes them as soon as the room is not silent (a reveal, the mode switch or an agenda
 * step) — also later, for someone who was offline then. A facilitator's own shapes are never
 * private: they run the session and often put up the question everyone answers.
 */
import { useEffect, useMemo, useRef } from "react";
import { useValue, type Editor, type TLStore } from "tldraw";
import type * as Y from "yjs";
import { readRoomValue, useRoomValue } from "@/lib/client/facilitation/use-room-value";
import type { RoomConnection } from "@/lib/client/use-room-connection";
import { RoomMode } from "@/lib/shared/facilitation/room-state";
import { isPrivateRecord, RevealState } from "@/lib/shared/facilitation/silent";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { persistPrivateRecords, privateStorageKey, restorePrivateRecords } from "./private-persistence";
import { registerPrivateStamping } from "./private-stamping";
import { publishPrivateRecords } from "./publish-private-records";

export interface SilentBrainstormState {
  mode: RoomMode;
  reveal: RevealState | null;
  /** Ids of this person's private shapes (for the count and their look). */
  privateShapeIds: string[];
}

export function useSilentBrainstorm(
  editor: Editor | null,
  connection: RoomConnection | null,
  isFacilitator: boolean,
): SilentBrainstormState {
  const doc = connection?.doc ?? null;
  const roomId = connection?.provider.roomname ?? null;
  const userId = connection?.session.user.id ?? null;
  const mode = useRoomValue(doc, RoomKey.mode, RoomMode) ?? "open";
  const reveal = useRoomValue(doc, RoomKey.reveal, RevealState);
  const facilitatorRef = useRef(isFacilitator);
  useEffect(() => {
    facilitatorRef.current = isFacilitator;
  }, [isFacilitator]);

  useEffect(() => {
    if (!editor || !doc || !roomId || !userId) return;
    return runSilentBrainstorm(editor, doc, privateStorageKey(roomId, userId), () => facilitatorRef.current);
  }, [editor, doc, roomId, userId]);

  // Joined to a string so that React re-renders only when the set of ids changes.
  const privateShapeIdList = useValue(
    "private shapes",
    () =>
      editor?.store
        .allRecords()
        .filter((record) => record.typeName === "shape" && isPrivateRecord(record))
        .map((record) => record.id)
        .join(" ") ?? "",
    [editor],
  );
  const privateShapeIds = useMemo(() => (privateShapeIdList ? privateShapeIdList.split(" ") : []), [privateShapeIdList]);
  return { mode, reveal, privateShapeIds };
}

/** Wires stamping, storage and publishing for one store and document; returns the cleanup. */
function runSilentBrainstorm(editor: Editor, doc: Y.Doc, storageKey: string, isFacilitator: () => boolean): () => void {
  const store: TLStore = editor.store;
  const isSilent = () => (readRoomValue(doc, RoomKey.mode, RoomMode) ?? "open") === "silent";
  const currentReveal = () => readRoomValue(doc, RoomKey.reveal, RevealState);
  let disposed = false;
  const publishIfOpen = () => {
    if (disposed || isSilent()) return;
    publishPrivateRecords(store, currentReveal(), (change) => editor.run(change, { history: "ignore" }));
  };

  restorePrivateRecords(store, window.localStorage, storageKey);
  const stops = [
    registerPrivateStamping(store, {
      shouldStamp: () => !isFacilitator() && isSilent(),
      currentRevealId: () => currentReveal()?.id ?? "",
    }),
    persistPrivateRecords(store, window.localStorage, storageKey),
    // A private record that appears while the room is open (restored, or brought back by undo)
    // is published too. Deferred: never change the store from inside its own listener.
    store.listen(
      ({ changes }) => {
        const appeared = [...Object.values(changes.added), ...Object.values(changes.updated).map(([, to]) => to)];
        if (appeared.some(isPrivateRecord)) queueMicrotask(publishIfOpen);
      },
      { scope: "document" },
    ),
  ];
  const roomMap = getRoomMap(doc);
  const handleRoomChange = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(RoomKey.mode) || event.keysChanged.has(RoomKey.reveal)) publishIfOpen();
  };
  roomMap.observe(handleRoomChange);
  publishIfOpen();

  return () => {
    disposed = true;
    roomMap.unobserve(handleRoomChange);
    for (const stop of stops) stop();
  };
}
