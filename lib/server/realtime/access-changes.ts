/**
 * Lets routes tell the realtime server (same process, other module graph: see
 * live-room-counts.ts) that a user's access changed, so their open connections are rechecked.
 */
type Rechecker = (userId: string) => Promise<number>;

const SLOT = Symbol.for("cocreate.realtime.recheckUser");
type Slot = { [SLOT]?: Rechecker };

/** Called once by the realtime server at start-up. */
export function publishAccessRechecker(recheck: Rechecker): void {
  (globalThis as Slot)[SLOT] = recheck;
}

/** After removing or moving someone: closes their connections to rooms they may no longer use. */
export async function accessChanged(userId: string): Promise<void> {
  await (globalThis as Slot)[SLOT]?.(userId);
}
