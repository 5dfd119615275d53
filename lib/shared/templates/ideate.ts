/**
 * Ideeën / Ideate: one large frame to fill with sticky notes (notes dropped on a frame become its
 * children, so the ideas move with it) and a narrow "parking lot" frame for what doesn't fit now.
 */
import type { TLShape } from "@tldraw/tlschema";
import { addStageTitle, createTemplateBoard } from "./template-board";

const TOP = 100;
const HEIGHT = 600;
const IDEAS_W = 860;
const PARKING_X = 890;
const PARKING_W = 310;

export function buildIdeateTemplate(): TLShape[] {
  const board = createTemplateBoard("ideate");
  addStageTitle(
    board,
    "ideate",
    "Zoveel mogelijk ideeën, oordeel later / As many ideas as possible, judge later",
  );

  const ideas = board.frame("ideas", {
    x: 0,
    y: TOP,
    w: IDEAS_W,
    h: HEIGHT,
    color: "yellow",
    name: "Ideeën / Ideas",
  });
  board.text("ideas-hint", {
    parentId: ideas.id,
    x: 24,
    y: 20,
    w: IDEAS_W - 48,
    color: "grey",
    text:
      "Eén idee per sticky note. Bouw verder op elkaars ideeën; gekke ideeën zijn welkom.\n" +
      "One idea per sticky note. Build on each other's ideas; wild ideas are welcome.",
  });

  const parking = board.frame("parking", {
    x: PARKING_X,
    y: TOP,
    w: PARKING_W,
    h: HEIGHT,
    color: "grey",
    name: "Parkeerplaats / Parking lot",
  });
  board.text("parking-hint", {
    parentId: parking.id,
    x: 20,
    y: 20,
    w: PARKING_W - 40,
    color: "grey",
    text: "Vragen en ideeën voor later.\nQuestions and ideas for later.",
  });
  return board.shapes;
}
