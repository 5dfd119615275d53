/**
 * Inleven / Empathize: an empathy map. Four quadrants (says, thinks, does, feels), each labelled
 * in its outer corner so the middle stays free, around a persona box in the centre.
 */
import type { TLShape } from "@tldraw/tlschema";
import { addStageTitle, createTemplateBoard, headingWithHint } from "./template-board";

const TOP = 90;
const QUADRANT_W = 600;
const QUADRANT_H = 305;
const PERSONA_W = 340;
const PERSONA_H = 170;

export function buildEmpathizeTemplate(): TLShape[] {
  const board = createTemplateBoard("empathize");
  addStageTitle(board, "empathize", "Leer de gebruiker kennen / Get to know the user");

  const quadrant = { w: QUADRANT_W, h: QUADRANT_H, fill: "semi", size: "s" } as const;
  board.geo("says", {
    ...quadrant,
    x: 0,
    y: TOP,
    color: "light-blue",
    align: "start",
    verticalAlign: "start",
    text: headingWithHint("Zegt / Says", "Citaten, uitspraken / Quotes, statements"),
  });
  board.geo("thinks", {
    ...quadrant,
    x: QUADRANT_W,
    y: TOP,
    color: "light-violet",
    align: "end",
    verticalAlign: "start",
    text: headingWithHint("Denkt / Thinks", "Gedachten, overtuigingen / Thoughts, beliefs"),
  });
  board.geo("does", {
    ...quadrant,
    x: 0,
    y: TOP + QUADRANT_H,
    color: "light-green",
    align: "start",
    verticalAlign: "end",
    text: headingWithHint("Doet / Does", "Gedrag, handelingen / Actions, behaviour"),
  });
  board.geo("feels", {
    ...quadrant,
    x: QUADRANT_W,
    y: TOP + QUADRANT_H,
    color: "orange",
    align: "end",
    verticalAlign: "end",
    text: headingWithHint("Voelt / Feels", "Emoties, zorgen / Emotions, worries"),
  });

  // Last, so it sits above the quadrants where they meet.
  board.geo("persona", {
    x: QUADRANT_W - PERSONA_W / 2,
    y: TOP + QUADRANT_H - PERSONA_H / 2,
    w: PERSONA_W,
    h: PERSONA_H,
    color: "black",
    fill: "semi",
    size: "s",
    text: headingWithHint(
      "Wie is het? / Who is it?",
      "Naam, leeftijd, situatie",
      "Name, age, situation",
    ),
  });
  return board.shapes;
}
