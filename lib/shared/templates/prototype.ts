/**
 * Prototype: a storyboard of six numbered frames (three by two) to draw in, each with a caption
 * card under it that suggests the beat of the story.
 */
import type { TLShape } from "@tldraw/tlschema";
import { addStageTitle, createTemplateBoard } from "./template-board";

const TOP = 110;
const FRAME_W = 380;
const FRAME_H = 200;
const COLUMN_GAP = 30;
const CAPTION_GAP = 10;
const CAPTION_H = 60;
/** Frame + caption + room for the next row's frame name, which tldraw draws above the frame. */
const ROW_H = FRAME_H + CAPTION_GAP + CAPTION_H + 50;

const CAPTIONS = [
  "Situatie / Situation",
  "Probleem / Problem",
  "Ontdekking / Discovery",
  "Gebruik / Use",
  "Resultaat / Result",
  "Daarna / Afterwards",
] as const;

export function buildPrototypeTemplate(): TLShape[] {
  const board = createTemplateBoard("prototype");
  addStageTitle(
    board,
    "prototype",
    "Vertel het verhaal van je oplossing / Tell your solution's story",
  );

  CAPTIONS.forEach((caption, position) => {
    const number = position + 1;
    const x = (position % 3) * (FRAME_W + COLUMN_GAP);
    const y = TOP + Math.floor(position / 3) * ROW_H;
    board.frame(`frame-${number}`, { x, y, w: FRAME_W, h: FRAME_H, name: String(number) });
    board.geo(`caption-${number}`, {
      slot: true,
      x,
      y: y + FRAME_H + CAPTION_GAP,
      w: FRAME_W,
      h: CAPTION_H,
      color: "grey",
      labelColor: "grey",
      dash: "dashed",
      text: `${number}. ${caption}`,
    });
  });
  return board.shapes;
}
