/** The lock rule shared by the realtime server and the canvas. */
import { describe, expect, it } from "vitest";
import { isLockedRecord, withLockChoice, withoutLockMeta } from "@/lib/shared/locks/locked-record";
import { STAGE_TEMPLATES } from "@/lib/shared/templates";

const shape = (meta: Record<string, unknown>) => ({ typeName: "shape", id: "shape:x", meta });

describe("isLockedRecord", () => {
  it("locks template shapes but not slot placeholders", () => {
    expect(isLockedRecord(shape({ template: true }))).toBe(true);
    expect(isLockedRecord(shape({ template: true, slot: true }))).toBe(false);
  });

  it("locks facilitator-placed shapes, and the facilitator's explicit choice wins", () => {
    expect(isLockedRecord(shape({ placedByFacilitator: true }))).toBe(true);
    expect(isLockedRecord(shape({ placedByFacilitator: true, locked: false }))).toBe(false);
    expect(isLockedRecord(shape({ template: true, locked: false }))).toBe(false);
    expect(isLockedRecord(shape({ locked: true }))).toBe(true);
    expect(isLockedRecord(shape({ template: true, slot: true, locked: true }))).toBe(true);
  });

  it("leaves ordinary shapes, other records and junk unlocked", () => {
    expect(isLockedRecord(shape({}))).toBe(false);
    expect(isLockedRecord(shape({ template: "true", placedByFacilitator: 1 }))).toBe(false);
    expect(isLockedRecord({ typeName: "page", id: "page:x", meta: { template: true } })).toBe(false);
    expect(isLockedRecord({ typeName: "shape" })).toBe(false);
    for (const junk of [null, undefined, 3, "shape", []]) expect(isLockedRecord(junk)).toBe(false);
  });

  it("locks every non-slot shape of the stage templates", () => {
    const shapes = Object.values(STAGE_TEMPLATES).flatMap((build) => build());
    expect(shapes.length).toBeGreaterThan(0);
    for (const templateShape of shapes) {
      const isSlot = (templateShape.meta as { slot?: boolean }).slot === true;
      expect(isLockedRecord(templateShape)).toBe(!isSlot);
    }
  });
});

describe("meta helpers", () => {
  it("strips every locking key and keeps the rest", () => {
    const meta = { template: true, slot: true, placedByFacilitator: true, locked: true, other: 1 };
    expect(withoutLockMeta(meta)).toEqual({ other: 1 });
    expect(isLockedRecord(shape(withoutLockMeta(meta)))).toBe(false);
  });

  it("records the facilitator's choice", () => {
    expect(withLockChoice({ template: true }, false)).toEqual({ template: true, locked: false });
  });
});
