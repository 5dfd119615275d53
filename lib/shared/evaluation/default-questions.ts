/**
 * The default evaluation questions a trainer picks from: a few 1–5 ratings and open questions
 * tied to the course's learning outcomes (/work/shared/COURSE.md). A picked question is stored
 * with its key and shown in the reader's language; its Dutch text is stored too, for exports.
 */
import type { Locale } from "@/i18n/locales";

export type QuestionKind = "rating" | "open";

export interface DefaultQuestion {
  key: string;
  kind: QuestionKind;
  text: Record<Locale, string>;
}

export const DEFAULT_QUESTIONS = [
  {
    key: "useful",
    kind: "rating",
    text: { nl: "Hoe nuttig was deze sessie voor jou?", en: "How useful was this session for you?" },
  },
  {
    key: "groupwork",
    kind: "rating",
    text: { nl: "Hoe goed werkte je groep samen?", en: "How well did your group work together?" },
  },
  {
    key: "confidence",
    kind: "rating",
    text: {
      nl: "Hoe zeker voel je je om zelf een cocreatie te begeleiden?",
      en: "How confident are you to run co-creation yourself?",
    },
  },
  {
    key: "facilitation",
    kind: "rating",
    text: {
      nl: "Hoe tevreden ben je over de begeleiding tijdens de sessie?",
      en: "How satisfied are you with the facilitation during the session?",
    },
  },
  {
    key: "learned",
    kind: "open",
    text: { nl: "Wat heb je geleerd?", en: "What did you learn?" },
  },
  {
    key: "apply",
    kind: "open",
    text: {
      nl: "Wat ga je toepassen in je eigen organisatie?",
      en: "What will you apply in your own organisation?",
    },
  },
  {
    key: "change",
    kind: "open",
    text: { nl: "Wat zou je veranderen aan deze sessie?", en: "What would you change about this session?" },
  },
] as const satisfies readonly DefaultQuestion[];

export type DefaultQuestionKey = (typeof DEFAULT_QUESTIONS)[number]["key"];

export const DEFAULT_QUESTION_KEYS = DEFAULT_QUESTIONS.map((question) => question.key) as [
  DefaultQuestionKey,
  ...DefaultQuestionKey[],
];

/** The default question with `key`, or undefined for an unknown key. */
export function defaultQuestion(key: string): DefaultQuestion | undefined {
  return DEFAULT_QUESTIONS.find((question) => question.key === key);
}

/** A stored question in the reader's language: a default question's translation, else its own text. */
export function questionText(question: { text: string; defaultKey: string | null }, locale: Locale): string {
  const preset = question.defaultKey ? defaultQuestion(question.defaultKey) : undefined;
  return preset ? preset.text[locale] : question.text;
}
