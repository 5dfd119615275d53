/**
 * Definiëren / Define: a point-of-view statement with three boxes to collect its parts (user,
 * need, insight), and a column of "How might we…?" cards to turn it into questions.
 */
import type { TLShape } from "@tldraw/tlschema";
import { addStageTitle, createTemplateBoard, headingWithHint } from "./template-board";

const TOP = 100;
const LEFT_W = 740;
const PART_GAP = 22;
const PART_W = (LEFT_W - 2 * PART_GAP) / 3;
const HMW_X = 780;
const HMW_W = 420;
const HMW_H = 600;
const HMW_CARDS = 4;

const POV_PARTS = [
  { key: "pov-user", color: "blue", heading: "Gebruiker / User", hint: "Wie? / Who?" },
  { key: "pov-need", color: "green", heading: "Behoefte / Need", hint: "Wat? / What?" },
  { key: "pov-insight", color: "orange", heading: "Inzicht / Insight", hint: "Waarom? / Why?" },
] as const;

export function buildDefineTemplate(): TLShape[] {
  const board = createTemplateBoard("define");
  addStageTitle(
    board,
    "define",
    "Formuleer het probleem van de gebruiker / Frame the user's problem",
  );

  board.geo("pov", {
    x: 0,
    y: TOP,
    w: LEFT_W,
    h: 190,
    color: "violet",
    fill: "semi",
    size: "m",
    align: "start",
    verticalAlign: "start",
    text: headingWithHint(
      "Standpunt / Point of view",
      "[Gebruiker] heeft nood aan [behoefte] omdat [inzicht].",
      "[User] needs [need] because [insight].",
    ),
  });
  POV_PARTS.forEach((part, position) => {
    board.geo(part.key, {
      x: position * (PART_W + PART_GAP),
      y: TOP + 220,
      w: PART_W,
      h: HMW_H - 220,
      color: part.color,
      dash: "dashed",
      align: "start",
      verticalAlign: "start",
      text: headingWithHint(part.heading, part.hint),
    });
  });

  const column = board.frame("hmw", {
    x: HMW_X,
    y: TOP,
    w: HMW_W,
    h: HMW_H,
    color: "blue",
    name: "Hoe kunnen we…? / How might we…?",
  });
  board.text("hmw-hint", {
    parentId: column.id,
    x: 20,
    y: 16,
    w: HMW_W - 40,
    color: "grey",
    text: "Zet het standpunt om in vragen.\nTurn the point of view into questions.",
  });
  for (let card = 1; card <= HMW_CARDS; card++) {
    board.geo(`hmw-${card}`, {
      parentId: column.id,
      slot: true,
      x: 20,
      y: 90 + (card - 1) * 124,
      w: HMW_W - 40,
      h: 104,
      color: "blue",
      labelColor: "grey",
      dash: "dashed",
      align: "start",
      text: "Hoe kunnen we … ?\nHow might we … ?",
    });
  }
  return board.shapes;
}
