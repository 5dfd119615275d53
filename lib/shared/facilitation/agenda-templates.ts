/**
 * Ready-made session plans, one per design-thinking stage. A facilitator loads one into the
 * room's agenda (in their language) and edits it from there.
 */
import type { StageId } from "../stages";
import type { AgendaStep, RoomMode } from "./room-state";

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface AgendaTemplateStep {
  title: LocalizedText;
  stage: StageId;
  minutes: number;
  mode: RoomMode;
}

export interface AgendaTemplate {
  id: string;
  name: LocalizedText;
  steps: AgendaTemplateStep[];
}

function step(nl: string, en: string, stage: StageId, minutes: number, mode: RoomMode = "open"): AgendaTemplateStep {
  return { title: { nl, en }, stage, minutes, mode };
}

export const AGENDA_TEMPLATES: readonly AgendaTemplate[] = [
  {
    id: "empathize",
    name: { nl: "Inleven: interviews verwerken", en: "Empathize: make sense of interviews" },
    steps: [
      step("Observaties stil noteren", "Note observations in silence", "empathize", 7, "silent"),
      step("Onthullen", "Reveal", "empathize", 0),
      step("Zegt, denkt, doet, voelt", "Says, thinks, does, feels", "empathize", 10),
      step("Bespreken", "Discuss", "empathize", 10),
    ],
  },
  {
    id: "define",
    name: { nl: "Definiëren: hoe-kunnen-we-vraag", en: "Define: how-might-we question" },
    steps: [
      step("Inzichten stil noteren", "Note insights in silence", "define", 5, "silent"),
      step("Onthullen en clusteren", "Reveal and cluster", "define", 10),
      step("Hoe-kunnen-we formuleren", "Write how-might-we questions", "define", 10),
      step("Kiezen", "Choose", "define", 5),
    ],
  },
  {
    id: "ideate",
    name: { nl: "Ideeën: stil brainstormen en stemmen", en: "Ideate: silent brainstorm and vote" },
    steps: [
      step("5 min stil ideeën", "5 min silent ideas", "ideate", 5, "silent"),
      step("Onthullen", "Reveal", "ideate", 0),
      step("Clusteren", "Cluster", "ideate", 10),
      step("3 stippen elk", "3 dots each", "ideate", 5),
      step("Bespreken", "Discuss", "ideate", 15),
    ],
  },
  {
    id: "prototype",
    name: { nl: "Prototype: snel schetsen", en: "Prototype: quick sketches" },
    steps: [
      step("Schetsen, ieder voor zich", "Sketch on your own", "prototype", 8, "silent"),
      step("Laten zien", "Show", "prototype", 10),
      step("Samen één prototype bouwen", "Build one prototype together", "prototype", 20),
    ],
  },
  {
    id: "test",
    name: { nl: "Testen: feedback verzamelen", en: "Test: gather feedback" },
    steps: [
      step("Testplan maken", "Make a test plan", "test", 10),
      step("Feedback stil noteren", "Note feedback in silence", "test", 5, "silent"),
      step("Leren en volgende stap", "Learnings and next step", "test", 10),
    ],
  },
];

/** A template's steps as agenda steps in one language, with fresh ids from `makeId`. */
export function instantiateTemplate(
  template: AgendaTemplate,
  locale: keyof LocalizedText,
  makeId: () => string,
): AgendaStep[] {
  return template.steps.map((templateStep) => ({
    id: makeId(),
    title: templateStep.title[locale],
    stage: templateStep.stage,
    minutes: templateStep.minutes,
    mode: templateStep.mode,
  }));
}
