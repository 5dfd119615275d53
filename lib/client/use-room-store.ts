"use client";
/**
 * The tldraw store of a room, made once the first sync brought the board: bound to the Yjs
 * document (yjs-tldraw-binding.ts) and to awareness (presence-sync.ts). The store lives as long
 * as the document, across reconnects, so nothing on the canvas flickers when the network does.
 */
import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import {
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  loadSessionStateSnapshotIntoStore,
  UserRecordType,
  type TLPageId,
  type TLStore,
  type TLUser,
} from "tldraw";
import { boardShapeUtils } from "./canvas/shape-utils";
import { isPrivateRecord } from "@/lib/shared/facilitation/silent";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import type { PresenceUser } from "@/lib/shared/presence";
import { isStageId, STAGES } from "@/lib/shared/stages";
import { markOpenStep } from "./open-marks";
import { syncPresence } from "./presence-sync";
import type { RoomConnection } from "./use-room-connection";
import { colorForUserId } from "./user-color";
import { bindStoreToYDoc } from "./yjs-tldraw-binding";

/** tldraw makes this page when a store has none; it must never reach the shared board. */
const TLDRAW_DEFAULT_PAGE_ID = "page:page";

export type RoomStoreState =
  | { status: "waiting" }
  | { status: "empty" }
  | { status: "error"; message: string }
  | { status: "ready"; store: TLStore; user: PresenceUser };

export function useRoomStore(connection: RoomConnection | null): RoomStoreState {
  const [state, setState] = useState<RoomStoreState>({ status: "waiting" });
  const doc = connection?.doc ?? null;
  const provider = connection?.provider ?? null;
  const hasSynced = connection?.hasSynced ?? false;
  const session = connection?.session ?? null;
  const user = useMemo<PresenceUser | null>(
    () => (session ? { id: session.user.id, name: session.user.name, color: colorForUserId(session.user.id) } : null),
    [session?.user.id, session?.user.name], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const canWrite = session?.role === "editor";
  const isFacilitator = session?.facilitator ?? false;
  const [hasPages, setHasPages] = useState(false);

  // The board exists once the document holds at least one page (the server's template).
  useEffect(() => {
    if (!doc || !hasSynced) return;
    const records = getRecordsArray(doc);
    // Stops looking once found: a scan of a 10,000-record board on every change adds up.
    const check = () => {
      const found = records.toArray().some((entry) => entry.key.startsWith("page:"));
      if (found) records.unobserve(check);
      setHasPages((previous) => previous || found);
      setState((previous) => (previous.status === "waiting" && !found ? { status: "empty" } : previous));
    };
    records.observe(check);
    check();
    return () => records.unobserve(check);
  }, [doc, hasSynced]);

  useEffect(() => {
    if (!doc || !provider || !user || !hasPages) return;
    const $tlUser = atom<TLUser | null>(
      "cocreate user",
      UserRecordType.create({ id: createUserId(user.id), name: user.name, color: user.color }),
    );
    const store = createTLStore({
      shapeUtils: boardShapeUtils,
      bindingUtils: defaultBindingUtils,
      users: { currentUser: $tlUser },
      collaboration: { status: null, mode: atom("mode", canWrite ? "readwrite" : "readonly") },
    });
    let stopBinding: (() => void) | undefined;
    let stopPresence: (() => void) | undefined;
    try {
      const binding = bindStoreToYDoc({
        store,
        doc,
        canWrite,
        writeMigrations: canWrite && isFacilitator,
        // Private records (silent brainstorm, lib/client/silent/) stay in this browser until published.
        shouldWriteRecord: (record) => record.id !== TLDRAW_DEFAULT_PAGE_ID && !isPrivateRecord(record),
      });
      stopBinding = binding.dispose;
      // Start on the stage the room is at: the editor then lays out and renders that page only,
      // instead of the first page and then, once the stage navigation moves the view, this one.
      loadSessionStateSnapshotIntoStore(store, { version: 0, currentPageId: landingPageId(doc) });
      markOpenStep("store-loaded");
      stopPresence = syncPresence({
        store,
        awareness: provider.awareness,
        user,
        $tlUser,
        initialStage: STAGES[0].id,
      });
      // The store is made here, not in render: binding and presence are subscriptions to clean up.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ status: "ready", store, user });
    } catch (error) {
      setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
    }
    return () => {
      stopPresence?.();
      stopBinding?.();
      store.dispose();
      provider.awareness.setLocalState(null);
    };
  }, [doc, provider, user, canWrite, isFacilitator, hasPages]);

  return state;
}

/** The page of the stage the facilitator set for everyone, else the first stage's. */
function landingPageId(doc: Y.Doc): TLPageId {
  const activeStage = getRoomMap(doc).get(RoomKey.activeStage);
  const stage = STAGES.find((candidate) => isStageId(activeStage) && candidate.id === activeStage) ?? STAGES[0];
  return stage.pageId as TLPageId;
}
