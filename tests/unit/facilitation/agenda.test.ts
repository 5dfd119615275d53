/** Agenda steps: starting one writes stage, timer, mode and current step in one Yjs transaction. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { agendaStepValues, writeRoomValues } from "@/lib/client/facilitation/room-writes";
import { readRoomValue } from "@/lib/client/facilitation/use-room-value";
import { remainingAt } from "@/lib/client/facilitation/timer-math";
import { AGENDA_TEMPLATES, instantiateTemplate } from "@/lib/shared/facilitation/agenda-templates";
import { AgendaState, RoomMode, TimerState } from "@/lib/shared/facilitation/room-state";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { STAGE_IDS } from "@/lib/shared/stages";

const NOW = 1_800_000_000_000;
let counter = 0;
const makeId = () => `step-${++counter}`;

function ideateAgenda(): AgendaState {
  const template = AGENDA_TEMPLATES.find((candidate) => candidate.id === "ideate")!;
  return { steps: instantiateTemplate(template, "nl", makeId), currentIndex: -1 };
}

describe("agenda templates", () => {
  it("has one valid plan per stage, in both languages", () => {
    expect(AGENDA_TEMPLATES.map((template) => template.id).sort()).toEqual([...STAGE_IDS].sort());
    for (const template of AGENDA_TEMPLATES) {
      for (const locale of ["nl", "en"] as const) {
        const steps = instantiateTemplate(template, locale, makeId);
        expect(AgendaState.safeParse({ steps, currentIndex: -1 }).success).toBe(true);
        expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
      }
    }
    expect(ideateAgenda().steps.map((step) => [step.title, step.minutes, step.mode])).toEqual([
      ["5 min stil ideeën", 5, "silent"],
      ["Onthullen", 0, "open"],
      ["Clusteren", 10, "open"],
      ["3 stippen elk", 5, "open"],
      ["Bespreken", 15, "open"],
    ]);
  });
});

describe("starting an agenda step", () => {
  it("computes stage, a running timer of the step's length, mode and the current index", () => {
    const agenda = ideateAgenda();
    const values = agendaStepValues(agenda, 0, NOW, { sound: true, focusStage: null })!;
    expect(values.activeStage).toBe("ideate");
    expect(values.mode).toBe("silent");
    expect(values.agenda?.currentIndex).toBe(0);
    expect(remainingAt(values.timer!, NOW + 1_000)).toBe(299_000);
    expect("focusStage" in values).toBe(false);
    // A 0-minute step clears the timer; a held focus follows the step's stage.
    const reveal = agendaStepValues(agenda, 1, NOW, { sound: false, focusStage: "define" })!;
    expect(reveal.timer).toEqual({ durationMs: 0, endsAt: null, remainingMs: 0, sound: false });
    expect(reveal.focusStage).toBe("ideate");
    expect(agendaStepValues(agenda, 9, NOW, { sound: true, focusStage: null })).toBeNull();
  });

  it("arrives at another replica as one update with all keys valid", () => {
    const facilitator = new Y.Doc();
    const participant = new Y.Doc();
    const updates: Uint8Array[] = [];
    facilitator.on("update", (update: Uint8Array) => updates.push(update));
    const changedTogether: string[][] = [];
    getRoomMap(participant).observe((event) => changedTogether.push([...event.keysChanged].sort()));

    writeRoomValues(facilitator, agendaStepValues(ideateAgenda(), 2, NOW, { sound: true, focusStage: null })!);
    expect(updates).toHaveLength(1);
    Y.applyUpdate(participant, updates[0]!);

    expect(changedTogether).toEqual([[RoomKey.activeStage, RoomKey.agenda, RoomKey.mode, RoomKey.timer].sort()]);
    expect(getRoomMap(participant).get(RoomKey.activeStage)).toBe("ideate");
    expect(readRoomValue(participant, RoomKey.mode, RoomMode)).toBe("open");
    expect(readRoomValue(participant, RoomKey.agenda, AgendaState)?.currentIndex).toBe(2);
    expect(remainingAt(readRoomValue(participant, RoomKey.timer, TimerState)!, NOW)).toBe(600_000);
  });

  it("reads an invalid stored value as null", () => {
    const doc = new Y.Doc();
    getRoomMap(doc).set(RoomKey.timer, { durationMs: -1 });
    expect(readRoomValue(doc, RoomKey.timer, TimerState)).toBeNull();
  });
});
