"use client";
/**
 * tldraw's view of the current user: our id, name and colour (so presence and the `user:`
 * record match the session) and the app's language. Other tldraw preferences (snap mode,
 * dark mode…) stay the person's own and are remembered by tldraw in local storage.
 */
import { useEffect, useMemo, useState } from "react";
import {
  atom,
  createTLCurrentUser,
  getUserPreferences,
  setUserPreferences,
  type TLCurrentUser,
  type TLUserPreferences,
} from "tldraw";
import type { PresenceUser } from "@/lib/shared/presence";

export function useTldrawUser(user: PresenceUser, locale: string): TLCurrentUser {
  const identity = useMemo(
    () => ({ id: user.id, name: user.name, color: user.color, locale }),
    [user.id, user.name, user.color, locale],
  );
  const [$preferences] = useState(() => atom<TLUserPreferences>("preferences", { ...getUserPreferences(), ...identity }));

  useEffect(() => {
    $preferences.update((previous) => ({ ...previous, ...identity }));
  }, [$preferences, identity]);

  return useMemo(
    () =>
      createTLCurrentUser({
        userPreferences: $preferences,
        setUserPreferences: (next) => {
          $preferences.set({ ...next, ...identity });
          // Remember the person's own settings, never the identity we impose.
          const own: Partial<TLUserPreferences> = { ...next };
          for (const key of ["id", "name", "color", "locale"] as const) delete own[key];
          setUserPreferences({ ...getUserPreferences(), ...own });
        },
      }),
    [$preferences, identity],
  );
}
