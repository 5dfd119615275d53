"use client";
/**
 * Lets a trainer make participants facilitator (or take it back) through
 * PUT /api/rooms/<roomId>/facilitators/<userId>. Awareness cannot tell who facilitates, so the
 * trainer's client remembers what it set; the participant sees the change through a fresh room
 * token (the server closes their connection with 4401 and use-room-connection refetches).
 */
import { useCallback, useState } from "react";

export interface RoomFacilitators {
  /** userId → facilitator, for the people this client changed. */
  appointed: Readonly<Record<string, boolean>>;
  /** userId of a change in flight, or null. */
  pending: string | null;
  /** The userId whose last change was refused (e.g. a trainer, who always facilitates). */
  failed: string | null;
  setFacilitator(userId: string, facilitator: boolean): Promise<void>;
}

export function useRoomFacilitators(roomId: string): RoomFacilitators {
  const [appointed, setAppointed] = useState<Record<string, boolean>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const setFacilitator = useCallback(
    async (userId: string, facilitator: boolean) => {
      setPending(userId);
      setFailed(null);
      try {
        const response = await fetch(
          `/api/rooms/${encodeURIComponent(roomId)}/facilitators/${encodeURIComponent(userId)}`,
          {
            method: "PUT",
            credentials: "same-origin",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ facilitator }),
          },
        );
        if (!response.ok) throw new Error(`status ${response.status}`);
        setAppointed((previous) => ({ ...previous, [userId]: facilitator }));
      } catch {
        setFailed(userId);
      } finally {
        setPending(null);
      }
    },
    [roomId],
  );

  return { appointed, pending, failed, setFacilitator };
}
