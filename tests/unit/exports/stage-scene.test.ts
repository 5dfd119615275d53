/**
 * The stage scene and its SVG, from a real Yjs room document (the starting templates plus shapes
 * written the way tldraw stores them): nested coordinates, z-order, colours, escaped text.
 */
import { DEFAULT_THEME, toRichText } from "tldraw";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { buildStageScene } from "@/lib/server/exports/stage-scene";
import { renderStageSvg } from "@/lib/server/exports/stage-svg";
import { LIGHT_THEME, PALETTE } from "@/lib/server/exports/tldraw-palette";
import { createInitialDocumentUpdate } from "@/lib/server/rooms/initial-document";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { shapeRecord } from "../../helpers/board-records";

function shape(id: string, type: string, parentId: string, index: string, extra: object) {
  return shapeRecord(id, type, parentId, { index, ...extra });
}

function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createInitialDocumentUpdate());
  const kv = new YKeyValue(getRecordsArray(doc));
  doc.transact(() => {
    kv.set(
      "shape:frame",
      shape("shape:frame", "frame", "page:ideate", "b1", {
        x: 1000,
        y: 500,
        props: { w: 600, h: 400, name: "Kansen", color: "blue" },
      }),
    );
    kv.set(
      "shape:note",
      shape("shape:note", "note", "shape:frame", "a1", {
        x: 40,
        y: 60,
        props: {
          color: "yellow",
          size: "m",
          scale: 1,
          growY: 20,
          align: "middle",
          verticalAlign: "middle",
          richText: toRichText("A<B & C"),
        },
      }),
    );
    // A group turned a quarter, holding a note: the note turns about the group's origin.
    kv.set(
      "shape:group",
      shape("shape:group", "group", "page:ideate", "b2", {
        x: 2000,
        y: 0,
        rotation: Math.PI / 2,
        props: {},
      }),
    );
    kv.set(
      "shape:turned",
      shape("shape:turned", "note", "shape:group", "a1", {
        x: 100,
        y: 0,
        props: { color: "green", size: "s", scale: 1, growY: 0, richText: toRichText("Gedraaid") },
      }),
    );
  });
  return doc;
}

describe("stage scene", () => {
  it("puts a note inside a frame at the frame's position plus the note's offset", () => {
    const scene = buildStageScene(roomDoc(), "ideate");
    const note = scene.primitives.find((primitive) => primitive.shapeId === "shape:note");
    expect(note).toMatchObject({ kind: "note", x: 1040, y: 560, w: 200, h: 220, text: "A<B & C" });
    expect(note).toMatchObject({ fill: PALETTE.yellow?.noteFill });
  });

  it("turns children with their group and draws them above their parent", () => {
    const scene = buildStageScene(roomDoc(), "ideate");
    const turned = scene.primitives.find((primitive) => primitive.shapeId === "shape:turned");
    if (turned?.kind !== "note") throw new Error("the turned note is missing");
    expect(turned.x).toBeCloseTo(2000);
    expect(turned.y).toBeCloseTo(100);
    expect(turned.rotation).toBeCloseTo(Math.PI / 2);
    const order = scene.primitives.map((primitive) => primitive.shapeId);
    expect(order.indexOf("shape:frame")).toBeLessThan(order.indexOf("shape:note"));
    expect(order.indexOf("shape:ideate-title")).toBeLessThan(order.indexOf("shape:frame"));
    // Turned, the note spans x 1800..2000 (unturned it would reach 2200).
    expect(scene.bounds?.maxX).toBeCloseTo(2000);
  });

  it("keeps only the stage's own shapes", () => {
    const scene = buildStageScene(roomDoc(), "empathize");
    expect(scene.title).toBe("Inleven / Empathize");
    expect(scene.primitives.some((primitive) => primitive.shapeId === "shape:note")).toBe(false);
    expect(scene.primitives.some((primitive) => primitive.kind === "geo")).toBe(true);
  });

  it("uses tldraw's own light palette", () => {
    const light = DEFAULT_THEME.colors.light;
    expect(LIGHT_THEME.solid).toBe(light.solid);
    expect(LIGHT_THEME.background).toBe(light.background);
    for (const [name, colour] of Object.entries(PALETTE)) {
      const theirs = light[name as keyof typeof light] as unknown as Record<string, string>;
      expect({ name, ...colour }).toEqual({
        name,
        solid: theirs.solid,
        semi: theirs.semi,
        fill: theirs.fill,
        noteFill: theirs.noteFill,
        frameStroke: theirs.frameStroke,
        frameHeadingFill: theirs.frameHeadingFill,
        frameFill: theirs.frameFill,
      });
    }
  });
});

describe("stage SVG", () => {
  it("is a standalone SVG with the note's text escaped and the frame's name", () => {
    const svg = renderStageSvg(roomDoc(), "ideate", { width: 800, title: "Ideeën & co" });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"')).toBe(true);
    expect(svg).toContain(">A&lt;B &amp; C<");
    expect(svg).not.toContain("A<B");
    expect(svg).toContain(">Kansen<");
    expect(svg).toContain("Ideeën &amp; co");
    expect(svg).not.toMatch(/href=|<script|<image/);
  });

  it("fits the view box to the content with a margin", () => {
    const svg = renderStageSvg(roomDoc(), "ideate");
    const viewBox = /viewBox="([-\d. ]+)"/.exec(svg)?.[1]?.split(" ").map(Number) ?? [];
    const scene = buildStageScene(roomDoc(), "ideate");
    const [x = 0, y = 0, w = 0, h = 0] = viewBox;
    expect(x).toBeLessThan(scene.bounds?.minX ?? 0);
    expect(y).toBeLessThan(scene.bounds?.minY ?? 0);
    expect(x + w).toBeGreaterThan(scene.bounds?.maxX ?? 0);
    expect(y + h).toBeGreaterThan(scene.bounds?.maxY ?? 0);
  });
});
