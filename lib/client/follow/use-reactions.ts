"use client";
/** The emoji reactions showing now, re-read on awareness changes and as they expire. */
import { useEffect, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { activeReactions, REACTION_SHOW_MS, type ActiveReaction } from "./reactions";

export function useReactions(awareness: Awareness | null): ActiveReaction[] {
  const [reactions, setReactions] = useState<ActiveReaction[]>([]);
  const firstSeen = useRef(new Map<string, number>());

  useEffect(() => {
    if (!awareness) return;
    let expiryTimer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const now = Date.now();
      const active = activeReactions(awareness.getStates(), firstSeen.current, now);
      setReactions((previous) => (sameKeys(previous, active) ? previous : active));
      clearTimeout(expiryTimer);
      if (active.length > 0) {
        const nextExpiry = Math.min(...active.map((reaction) => reaction.seenAt + REACTION_SHOW_MS));
        expiryTimer = setTimeout(update, Math.max(50, nextExpiry - now + 10));
      }
    };
    update();
    awareness.on("change", update);
    return () => {
      awareness.off("change", update);
      clearTimeout(expiryTimer);
    };
  }, [awareness]);

  return reactions;
}

function sameKeys(a: ActiveReaction[], b: ActiveReaction[]): boolean {
  return a.length === b.length && a.every((reaction, index) => reaction.key === b[index]?.key);
}
