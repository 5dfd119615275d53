/**
 * Presence over y-protocols awareness: this client publishes `{ user, stage, presence, reaction }`
 * (lib/shared/presence.ts) where `presence` is tldraw's instance_presence record derived from
 * the store (camera, cursor and laser scribbles included, which following and the laser pointer
 * rely on); the presence records of everyone else are put into the local store, so tldraw
 * draws their cursors, names and selections. Presence never enters the Yjs document.
 */
import {
  createPresenceStateDerivation,
  createUserId,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from "tldraw";
import type { Awareness } from "y-protocols/awareness";
import { PresenceState, type PresenceUser } from "@/lib/shared/presence";
import { stageByPageId, type StageId } from "@/lib/shared/stages";
import { fitPresence } from "./follow/fit-presence";

export interface PresenceSyncOptions {
  store: TLStore;
  awareness: Awareness;
  user: PresenceUser;
  /** The same user as a tldraw record (id `user:<id>`), as given to the store's user store. */
  $tlUser: Signal<TLUser | null>;
  /** Stage published until the editor shows a stage page. */
  initialStage: StageId;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Starts publishing and receiving presence; returns a function that stops both. */
export function syncPresence(options: PresenceSyncOptions): () => void {
  const { store, awareness, user, $tlUser } = options;
  const $presence = createPresenceStateDerivation($tlUser)(store);
  let stage: StageId = options.initialStage;

  const stopPublishing = react("publish presence", () => {
    const presence = $presence.get();
    stage = (presence && stageByPageId(presence.currentPageId)?.id) ?? stage;
    // The reaction is set on its own (lib/client/follow/send-reaction.ts); keep it.
    const reaction = PresenceState.shape.reaction.safeParse(awareness.getLocalState()?.reaction).data ?? null;
    const state: PresenceState = {
      user,
      stage,
      presence: presence ? fitPresence(presence as unknown as Record<string, unknown>) : null,
      reaction,
    };
    awareness.setLocalState(state);
  });

  const recordIdOf = (clientId: number) => InstancePresenceRecordType.createId(String(clientId));

  const handleChange = ({ added, updated, removed }: AwarenessChange) => {
    const toPut: TLInstancePresence[] = [];
    const toRemove = new Set(removed.map(recordIdOf));
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const presence = presenceRecordOf(awareness.getStates().get(clientId), recordIdOf(clientId));
      if (presence) toPut.push(presence);
      else toRemove.add(recordIdOf(clientId));
    }
    store.mergeRemoteChanges(() => {
      const present = [...toRemove].filter((id) => store.has(id));
      if (present.length > 0) store.remove(present);
      for (const record of toPut) {
        try {
          store.put([record]);
        } catch {
          // An invalid presence from another client only costs that client its cursor.
        }
      }
    });
  };
  awareness.on("change", handleChange);
  handleChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] });

  return () => {
    stopPublishing();
    awareness.off("change", handleChange);
    const remote = store.query.records("instance_presence").get().map((record) => record.id);
    store.mergeRemoteChanges(() => remote.length > 0 && store.remove(remote));
  };
}

/**
 * The tldraw presence record for another client's awareness state, or null when it has none.
 * Name, colour and user id come from the validated `user`, so a client cannot pose as another.
 */
function presenceRecordOf(state: unknown, id: TLInstancePresence["id"]): TLInstancePresence | null {
  const parsed = PresenceState.safeParse(state);
  if (!parsed.success || !parsed.data.presence) return null;
  const { user, presence } = parsed.data;
  return {
    ...(presence as unknown as TLInstancePresence),
    id,
    typeName: "instance_presence",
    userId: createUserId(user.id),
    userName: user.name,
    color: user.color,
  };
}
