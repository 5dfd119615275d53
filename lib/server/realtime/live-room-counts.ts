/**
 * How many people are in each room right now. The realtime server (server/realtime) runs in the
 * same process as the Next app but in a different module graph (Next bundles its routes), so it
 * publishes its counter on globalThis and routes read it here. Without a realtime server in the
 * process (tests, scripts) every room counts 0.
 */
type PeopleCounter = (roomIds: string[]) => Record<string, number>;

const SLOT = Symbol.for("cocreate.realtime.peopleCounter");
type Slot = { [SLOT]?: PeopleCounter };

/** Called once by the realtime server at start-up. */
export function publishPeopleCounter(counter: PeopleCounter): void {
  (globalThis as Slot)[SLOT] = counter;
}

/** Distinct people (user ids) connected to each of `roomIds`; rooms nobody is in count 0. */
export function getLiveRoomCounts(roomIds: string[]): Record<string, number> {
  const counter = (globalThis as Slot)[SLOT];
  const counts = counter ? counter(roomIds) : {};
  return Object.fromEntries(roomIds.map((roomId) => [roomId, counts[roomId] ?? 0]));
}
