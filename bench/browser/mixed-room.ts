/**
 * A large room as a group leaves it after a long course: `shapes` shapes in all, counting the
 * stage templates the room starts with; the rest are sticky notes with short texts in five
 * colours, one note in three placed inside a group frame (one frame per 60 notes), spread over
 * the five stages. The landing stage (ideate, where the trainer takes everyone) holds
 * `landingShare` of all shapes; the other four share the rest 35/20/25/20.
 * Records are built and validated by tldraw's own `createTLStore` in Node, like note-records.ts.
 */
import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  FrameShapeUtil,
  getIndices,
  NoteShapeUtil,
  toRichText,
  type Editor,
  type TLDefaultColorStyle,
  type TLFrameShape,
  type TLNoteShape,
  type TLPageId,
  type TLParentId,
  type TLShape,
} from "tldraw";
import { buildInitialRecords } from "@/lib/shared/templates";
import { STAGES, type StageId } from "@/lib/shared/stages";

export const LANDING_STAGE: StageId = "ideate";
const OTHER_SHARES: Partial<Record<StageId, number>> = { empathize: 0.35, define: 0.2, prototype: 0.25, test: 0.2 };
const NOTES_PER_FRAME = 20;
const FRAME_EVERY = 60;
const COLUMNS = 40;
const SPACING = 240;
const FRAME_COLUMNS = 5;
/** Right of the stage templates (about 1,200 × 700 from the origin). */
const ORIGIN = { x: 1_400, y: 0 };
const COLORS: TLDefaultColorStyle[] = ["yellow", "light-blue", "light-green", "orange", "light-violet"];
const WORDS = ["klant", "idee", "wachttijd", "app", "kosten", "team", "school", "feedback", "route", "plan", "test", "vraag"];

export interface MixedRoom {
  /** Shapes to write (the template is already in every room). */
  added: TLShape[];
  /** Shapes per stage, template included. */
  shapesPerStage: Record<StageId, number>;
}

/** The shapes to add to a fresh room so that it holds `shapes` shapes in all. */
export function buildMixedRoom(options: { shapes: number; landingShare?: number }): MixedRoom {
  const templateShapes = buildInitialRecords().filter((record): record is TLShape => record.typeName === "shape");
  const templatePerStage = countPerStage(templateShapes);
  const landing = Math.round(options.shapes * (options.landingShare ?? 0.3));
  const targets = {} as Record<StageId, number>;
  let assigned = 0;
  for (const stage of STAGES) {
    if (stage.id === LANDING_STAGE) continue;
    targets[stage.id] = Math.round((options.shapes - landing) * (OTHER_SHARES[stage.id] ?? 0));
    assigned += targets[stage.id];
  }
  targets[LANDING_STAGE] = options.shapes - assigned;

  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  const noteDefaults = new NoteShapeUtil(null as unknown as Editor).getDefaultProps();
  const frameDefaults = new FrameShapeUtil(null as unknown as Editor).getDefaultProps();
  const added: TLShape[] = [];
  let serial = 0;
  for (const stage of STAGES) {
    const count = Math.max(0, targets[stage.id] - templatePerStage[stage.id]);
    const frames = Math.floor(count / (FRAME_EVERY + 1));
    const notes = count - frames;
    const pageId = stage.pageId as TLPageId;
    const rootIndices = getIndices(notes + frames + 1).slice(1);
    const frameRecords: TLFrameShape[] = [];
    for (let frame = 0; frame < frames; frame++) {
      frameRecords.push({
        ...store.schema.types.shape.create({
          id: createShapeId(),
          type: "frame",
          parentId: pageId,
          index: rootIndices.pop()!,
          x: ORIGIN.x + (frame % 4) * 1_300,
          y: -1_400 - Math.floor(frame / 4) * 1_100,
          props: { ...frameDefaults, w: 1_200, h: 1_000, name: `Groep ${frame + 1}` },
        }),
      } as TLFrameShape);
    }
    const framed = Math.min(frames * NOTES_PER_FRAME, Math.floor(notes / 3));
    const frameIndices = getIndices(NOTES_PER_FRAME + 1).slice(1);
    for (let note = 0; note < notes; note++) {
      serial++;
      const inFrame = note < framed;
      const slot = inFrame ? note % NOTES_PER_FRAME : note - framed;
      const parentId: TLParentId = inFrame ? frameRecords[Math.floor(note / NOTES_PER_FRAME)]!.id : pageId;
      const columns = inFrame ? FRAME_COLUMNS : COLUMNS;
      const origin = inFrame ? { x: 20, y: 60 } : ORIGIN;
      const text = `${WORDS[serial % WORDS.length]} ${WORDS[(serial * 7) % WORDS.length]} ${serial}`;
      added.push(
        store.schema.types.shape.create({
          id: createShapeId(),
          type: "note",
          parentId,
          index: inFrame ? frameIndices[slot]! : rootIndices[slot]!,
          x: origin.x + (slot % columns) * SPACING,
          y: origin.y + Math.floor(slot / columns) * SPACING,
          props: { ...noteDefaults, color: COLORS[serial % COLORS.length]!, richText: toRichText(text) },
        }) as TLNoteShape,
      );
    }
    added.push(...frameRecords);
  }
  store.put(added); // throws on any record tldraw would refuse
  return { added, shapesPerStage: countPerStage([...templateShapes, ...added]) };
}

function countPerStage(shapes: TLShape[]): Record<StageId, number> {
  const parentOf = new Map(shapes.map((shape) => [shape.id as string, shape.parentId as string]));
  const counts = Object.fromEntries(STAGES.map((stage) => [stage.id, 0])) as Record<StageId, number>;
  for (const shape of shapes) {
    let parent = shape.parentId as string;
    while (parentOf.has(parent)) parent = parentOf.get(parent)!;
    const stage = STAGES.find((candidate) => candidate.pageId === parent);
    if (stage) counts[stage.id]++;
  }
  return counts;
}
