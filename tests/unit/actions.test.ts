/** Overdue and the plan's order: pure functions of lib/shared/actions.ts with a fixed "today". */
import { describe, expect, it } from "vitest";
import {
  calendarDayIn,
  countOverdueActions,
  isActionOverdue,
  sortActionPlan,
  type ActionView,
} from "@/lib/shared/actions";

const action = (title: string, dueOn: string | null, status: ActionView["status"], createdAt = "2027-01-01T10:00:00.000Z"): ActionView => ({
  id: title,
  roomId: "room",
  title,
  ownerName: null,
  partners: null,
  dueOn,
  status,
  stageId: null,
  sourceNoteId: null,
  createdById: "user",
  createdAt,
  updatedAt: createdAt,
});

describe("overdue actions are flagged", () => {
  const today = "2027-01-15";

  it("flags a due day before today that is not done", () => {
    expect(isActionOverdue(action("yesterday", "2027-01-14", "open"), today)).toBe(true);
    expect(isActionOverdue(action("last year", "2026-12-31", "doing"), today)).toBe(true);
    expect(isActionOverdue(action("today", "2027-01-15", "open"), today)).toBe(false);
    expect(isActionOverdue(action("done", "2027-01-01", "done"), today)).toBe(false);
    expect(isActionOverdue(action("undated", null, "open"), today)).toBe(false);
  });

  it("counts and sorts overdue first, then by due day, done last", () => {
    const plan = [
      action("undated", null, "open", "2027-01-01T09:00:00.000Z"),
      action("done late", "2027-01-01", "done"),
      action("later", "2027-02-01", "doing"),
      action("late", "2027-01-10", "open"),
      action("very late", "2027-01-02", "doing"),
      action("today", "2027-01-15", "open"),
    ];
    expect(countOverdueActions(plan, today)).toBe(2);
    expect(sortActionPlan(plan, today).map((each) => each.title)).toEqual([
      "very late",
      "late",
      "today",
      "later",
      "undated",
      "done late",
    ]);
  });

  it("takes today in the course's time zone", () => {
    const lateEvening = new Date("2027-01-14T23:30:00.000Z");
    expect(calendarDayIn("Europe/Amsterdam", lateEvening)).toBe("2027-01-15");
    expect(calendarDayIn("UTC", lateEvening)).toBe("2027-01-14");
  });
});
