/** Input rules and output shapes shared by the cohort services. */
import { z } from "zod";
import { COURSE_SESSION_KINDS, type CourseSessionKind } from "@/lib/shared/programme";

export const cohortNameSchema = z.string().trim().min(1, "Name is required").max(120);
export const organisationSchema = z.string().trim().max(120);
export const sessionTitleSchema = z.string().trim().min(1, "Title is required").max(200);
export const groupNameSchema = z.string().trim().min(1, "Name is required").max(80);
export const idSchema = z.string().min(1).max(64);
export const courseSessionKindSchema = z.enum(COURSE_SESSION_KINDS);

/**
 * A date as JSON carries it ("2026-12-01" or a full ISO timestamp) or a Date; null clears it.
 * A bare date means midnight UTC.
 */
export const dateInputSchema = z
  .union([z.date(), z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .refine((date) => !Number.isNaN(date.getTime()), "Invalid date");

/** An optional text that may be cleared: "" and null both store null. */
export const optionalTextSchema = (schema: z.ZodString) =>
  schema.nullable().transform((value) => (value ? value : null));

export interface CohortInfo {
  id: string;
  name: string;
  organisation: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  createdAt: Date;
}

export interface CourseSessionInfo {
  id: string;
  cohortId: string;
  /** 0-based place in the cohort's timeline. */
  position: number;
  title: string;
  kind: CourseSessionKind;
  startsAt: Date | null;
}

export interface GroupInfo {
  id: string;
  name: string;
  roomId: string;
  /** Participants in the group now (removed ones not counted). */
  participantCount: number;
  createdAt: Date;
}

export const cohortInfoSelect = {
  id: true,
  name: true,
  organisation: true,
  startsOn: true,
  endsOn: true,
  createdAt: true,
} as const;

export const courseSessionSelect = {
  id: true,
  cohortId: true,
  position: true,
  title: true,
  kind: true,
  startsAt: true,
} as const;

export function toCourseSessionInfo(row: {
  id: string;
  cohortId: string;
  position: number;
  title: string;
  kind: string;
  startsAt: Date | null;
}): CourseSessionInfo {
  return { ...row, kind: row.kind === "work" ? "work" : "session" };
}
