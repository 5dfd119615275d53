/**
 * The built-in course programme (COURSE.md): five sessions and, after sessions 2, 3 and 4, an
 * optional work session where groups carry their co-creation process on. A cohort created "from
 * the programme" gets these in this order; it stores the Dutch title as editable text, so
 * `title.en` serves only the English UI of the programme itself (e.g. the "new cohort" form).
 */

export type CourseSessionKind = "session" | "work";

export const COURSE_SESSION_KINDS = [
  "session",
  "work",
] as const satisfies readonly CourseSessionKind[];

export interface ProgrammeSession {
  /** The number people use for it: "1" … "5", work sessions "2b", "3b", "4b". */
  number: string;
  kind: CourseSessionKind;
  /** Work sessions are optional: a trainer may delete them from a cohort. */
  optional: boolean;
  title: { nl: string; en: string };
}

export const COURSE_PROGRAMME: readonly ProgrammeSession[] = [
  {
    number: "1",
    kind: "session",
    optional: false,
    title: { nl: "Introductie in cocreatie", en: "Introduction to co-creation" },
  },
  {
    number: "2",
    kind: "session",
    optional: false,
    title: {
      nl: "Faciliteren van cocreatie: voorbereiden van proces en partners",
      en: "Facilitating co-creation: preparing the process and the partners",
    },
  },
  {
    number: "2b",
    kind: "work",
    optional: true,
    title: { nl: "Werksessie 2b", en: "Work session 2b" },
  },
  {
    number: "3",
    kind: "session",
    optional: false,
    title: { nl: "Design thinking in cocreatie", en: "Design thinking in co-creation" },
  },
  {
    number: "3b",
    kind: "work",
    optional: true,
    title: { nl: "Werksessie 3b", en: "Work session 3b" },
  },
  {
    number: "4",
    kind: "session",
    optional: false,
    title: {
      nl: "Management van de cocreatiepartners, met intervisie",
      en: "Managing the co-creation partners, with peer review",
    },
  },
  {
    number: "4b",
    kind: "work",
    optional: true,
    title: { nl: "Werksessie 4b", en: "Work session 4b" },
  },
  {
    number: "5",
    kind: "session",
    optional: false,
    title: {
      nl: "Opvolgen en evalueren van cocreatie",
      en: "Following up and evaluating co-creation",
    },
  },
];

export function isCourseSessionKind(value: unknown): value is CourseSessionKind {
  return value === "session" || value === "work";
}
