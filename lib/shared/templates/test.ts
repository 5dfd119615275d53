/**
 * Testen / Test: a feedback capture grid. Four quadrants, each named in its top-left corner:
 * what works, what could be better, questions, and new ideas.
 */
import type { TLShape } from "@tldraw/tlschema";
import { addStageTitle, createTemplateBoard, headingWithHint } from "./template-board";

const TOP = 90;
const QUADRANT_W = 600;
const QUADRANT_H = 305;

const QUADRANTS = [
  {
    key: "works",
    color: "light-green",
    heading: "+ Werkt goed / Works",
    hint: "Wat vonden ze goed? / What did they like?",
  },
  {
    key: "improve",
    color: "orange",
    heading: "Δ Kan beter / Could be better",
    hint: "Wat liep mis? / What went wrong?",
  },
  {
    key: "questions",
    color: "light-blue",
    heading: "? Vragen / Questions",
    hint: "Welke vragen kwamen op? / What did they ask?",
  },
  {
    key: "ideas",
    color: "light-violet",
    heading: "! Ideeën / Ideas",
    hint: "Nieuwe ideeën uit de test / New ideas from testing",
  },
] as const;

export function buildTestTemplate(): TLShape[] {
  const board = createTemplateBoard("test");
  addStageTitle(board, "test", "Verzamel feedback van gebruikers / Capture feedback from users");

  QUADRANTS.forEach((quadrant, position) => {
    board.geo(quadrant.key, {
      x: (position % 2) * QUADRANT_W,
      y: TOP + Math.floor(position / 2) * QUADRANT_H,
      w: QUADRANT_W,
      h: QUADRANT_H,
      color: quadrant.color,
      fill: "semi",
      align: "start",
      verticalAlign: "start",
      text: headingWithHint(quadrant.heading, quadrant.hint),
    });
  });
  return board.shapes;
}
