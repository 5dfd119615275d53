"use client";
/** Who is in the room, from awareness: one entry per person (several tabs count once). */
import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { PresenceState, type PresenceUser } from "@/lib/shared/presence";
import type { StageId } from "@/lib/shared/stages";

export interface RoomPerson {
  user: PresenceUser;
  stage: StageId;
  isSelf: boolean;
}

const EMPTY: RoomPerson[] = [];

/** Reads people from awareness states; self first, then by name. */
export function peopleFromAwareness(awareness: Awareness): RoomPerson[] {
  const byUserId = new Map<string, RoomPerson>();
  const selfState = PresenceState.safeParse(awareness.getLocalState());
  const selfUserId = selfState.success ? selfState.data.user.id : null;
  for (const [clientId, state] of awareness.getStates()) {
    const parsed = PresenceState.safeParse(state);
    if (!parsed.success) continue;
    const isSelf = clientId === awareness.clientID;
    const { user, stage } = parsed.data;
    // The local tab wins over another tab of the same person.
    if (byUserId.has(user.id) && !isSelf) continue;
    byUserId.set(user.id, { user, stage, isSelf: isSelf || user.id === selfUserId });
  }
  return [...byUserId.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name),
  );
}

export function useRoomPeople(awareness: Awareness | null): RoomPerson[] {
  return useSyncExternalStore(
    (onChange) => {
      if (!awareness) return () => {};
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    () => (awareness ? cachedPeople(awareness) : EMPTY),
    () => EMPTY,
  );
}

// useSyncExternalStore needs a stable snapshot: recompute only when the awareness states changed.
const cache = new WeakMap<Awareness, { key: string; people: RoomPerson[] }>();
function cachedPeople(awareness: Awareness): RoomPerson[] {
  const people = peopleFromAwareness(awareness);
  const key = JSON.stringify(people);
  const cached = cache.get(awareness);
  if (cached && cached.key === key) return cached.people;
  cache.set(awareness, { key, people });
  return people;
}
