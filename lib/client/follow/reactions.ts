/**
 * Emoji reactions: a person sets `reaction` in their awareness state; everyone shows it a few
 * seconds. Expiry is measured on each receiver's own clock from when it first saw a reaction,
 * so clients with wrong clocks still agree on how long it shows.
 */
import type { Awareness } from "y-protocols/awareness";
import { PresenceState, type ReactionKind } from "@/lib/shared/presence";

export const REACTION_EMOJI: Record<ReactionKind, string> = {
  "thumbs-up": "👍",
  heart: "❤️",
  laugh: "😂",
  party: "🎉",
  idea: "💡",
  question: "❓",
};

/** How long a reaction shows (ms). */
export const REACTION_SHOW_MS = 4_000;

export interface ActiveReaction {
  /** Unique per reaction: awareness client id and the sender's time. */
  key: string;
  clientId: number;
  userId: string;
  userName: string;
  color: string;
  kind: ReactionKind;
  /** Receiver's clock (ms) when it was first seen. */
  seenAt: number;
}

/**
 * The reactions showing at `now`, given the awareness states. `firstSeen` remembers when each
 * reaction was first seen (it is updated here); reactions gone from awareness are forgotten.
 */
export function activeReactions(
  states: Map<number, unknown>,
  firstSeen: Map<string, number>,
  now: number,
): ActiveReaction[] {
  const active: ActiveReaction[] = [];
  const present = new Set<string>();
  for (const [clientId, state] of states) {
    const parsed = PresenceState.safeParse(state);
    const reaction = parsed.success ? parsed.data.reaction : null;
    if (!parsed.success || !reaction) continue;
    const key = `${clientId}:${reaction.at}`;
    present.add(key);
    const seenAt = firstSeen.get(key) ?? now;
    firstSeen.set(key, seenAt);
    if (now - seenAt >= REACTION_SHOW_MS) continue;
    const { user } = parsed.data;
    active.push({ key, clientId, userId: user.id, userName: user.name, color: user.color, kind: reaction.kind, seenAt });
  }
  for (const key of [...firstSeen.keys()]) if (!present.has(key)) firstSeen.delete(key);
  return active;
}

/** Publishes a reaction from this client and clears it once it stopped showing. */
export function sendReaction(awareness: Awareness, kind: ReactionKind): void {
  const at = Date.now();
  awareness.setLocalStateField("reaction", { kind, at });
  setTimeout(() => {
    const current = PresenceState.shape.reaction.safeParse(awareness.getLocalState()?.reaction).data;
    if (current?.at === at) awareness.setLocalStateField("reaction", null);
  }, REACTION_SHOW_MS);
}
