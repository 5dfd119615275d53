/** Reactions from awareness states: shown a few seconds from when first seen, per client. */
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { activeReactions, REACTION_SHOW_MS, sendReaction } from "@/lib/client/follow/reactions";

const anna = { id: "anna", name: "Anna", color: "#336699" };
const bram = { id: "bram", name: "Bram", color: "#993366" };

function states(entries: [number, unknown][]): Map<number, unknown> {
  return new Map(entries);
}

describe("activeReactions", () => {
  it("shows a reaction until REACTION_SHOW_MS after this client first saw it", () => {
    const firstSeen = new Map<string, number>();
    const now = 50_000;
    // The sender's clock is far off: expiry does not depend on it.
    const all = states([
      [1, { user: anna, stage: "empathize", reaction: { kind: "heart", at: 3 } }],
      [2, { user: bram, stage: "define", reaction: null }],
    ]);
    const shown = activeReactions(all, firstSeen, now);
    expect(shown).toEqual([
      { key: "1:3", clientId: 1, userId: "anna", userName: "Anna", color: "#336699", kind: "heart", seenAt: now },
    ]);
    expect(activeReactions(all, firstSeen, now + REACTION_SHOW_MS - 1)).toHaveLength(1);
    expect(activeReactions(all, firstSeen, now + REACTION_SHOW_MS)).toHaveLength(0);
  });

  it("shows a new reaction from the same person again, and forgets reactions that were cleared", () => {
    const firstSeen = new Map<string, number>();
    activeReactions(states([[1, { user: anna, stage: "define", reaction: { kind: "idea", at: 10 } }]]), firstSeen, 0);
    const again = activeReactions(
      states([[1, { user: anna, stage: "define", reaction: { kind: "idea", at: 20 } }]]),
      firstSeen,
      REACTION_SHOW_MS + 5,
    );
    expect(again.map((reaction) => reaction.key)).toEqual(["1:20"]);
    expect([...firstSeen.keys()]).toEqual(["1:20"]);
  });

  it("ignores unknown emoji and malformed states", () => {
    const shown = activeReactions(
      states([
        [1, { user: anna, stage: "define", reaction: { kind: "skull", at: 1 } }],
        [2, { nonsense: true }],
      ]),
      new Map(),
      0,
    );
    expect(shown).toEqual([]);
  });
});

describe("sendReaction", () => {
  it("sets the reaction in the awareness state beside the rest, and clears it after it showed", async () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: anna, stage: "define", presence: null });
    const started = Date.now();
    sendReaction(awareness, "party");
    const state = awareness.getLocalState() as { user: unknown; reaction: { kind: string; at: number } };
    expect(state.user).toEqual(anna);
    expect(state.reaction.kind).toBe("party");
    expect(state.reaction.at).toBeGreaterThanOrEqual(started);
    await new Promise((resolve) => setTimeout(resolve, REACTION_SHOW_MS + 100));
    expect((awareness.getLocalState() as { reaction: unknown }).reaction).toBeNull();
    awareness.destroy();
  }, 10_000);
});
