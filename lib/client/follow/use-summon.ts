"use client";
/** Reacts to summons in the room map and lets a facilitator make one (see summon.ts). */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Editor } from "tldraw";
import type * as Y from "yjs";
import type { SummonState } from "@/lib/shared/facilitation/room-state";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { applySummon, decideSummon, writeSummon } from "./summon";

/** How long the "… brought you here" notice shows (ms). */
const NOTICE_MS = 5_000;

export interface SummonControls {
  /** The summon this client was last moved by, while its notice shows. */
  notice: SummonState | null;
  dismissNotice(): void;
  /** Facilitators: brings everyone to this client's stage and camera. */
  summonEveryone(): void;
}

export function useSummon(
  editor: Editor | null,
  doc: Y.Doc | null,
  selfUserId: string | null,
  isFacilitator: boolean,
  now: () => number = Date.now,
): SummonControls {
  const [notice, setNotice] = useState<SummonState | null>(null);
  const lastSeenId = useRef<string | null>(null);
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  }, [now]);

  useEffect(() => {
    if (!editor || !doc || !selfUserId) return;
    const roomMap = getRoomMap(doc);
    const handle = (isInitial: boolean) => {
      const { summon, apply } = decideSummon(roomMap.get(RoomKey.summon), {
        lastSeenId: lastSeenId.current,
        isInitial,
        selfUserId,
        now: nowRef.current(),
        activeStage: roomMap.get(RoomKey.activeStage),
      });
      if (summon) lastSeenId.current = summon.id;
      if (!summon || !apply) return;
      applySummon(editor, summon);
      setNotice(summon);
    };
    handle(true);
    const handleRoomChange = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(RoomKey.summon)) handle(false);
    };
    roomMap.observe(handleRoomChange);
    return () => roomMap.unobserve(handleRoomChange);
  }, [editor, doc, selfUserId]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const summonEveryone = useCallback(() => {
    if (!editor || !doc || !selfUserId || !isFacilitator) return;
    writeSummon(editor, doc, selfUserId, nowRef.current());
  }, [editor, doc, selfUserId, isFacilitator]);

  return { notice, dismissNotice: () => setNotice(null), summonEveryone };
}
