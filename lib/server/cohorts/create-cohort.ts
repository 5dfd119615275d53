import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/prisma-errors";
import { generateJoinCode } from "@/lib/server/rooms/generate-join-code";
import { COURSE_PROGRAMME } from "@/lib/shared/programme";
import {
  cohortInfoSelect,
  cohortNameSchema,
  dateInputSchema,
  optionalTextSchema,
  organisationSchema,
  type CohortInfo,
} from "./cohort-input";

export const createCohortInput = z.object({
  name: cohortNameSchema,
  organisation: optionalTextSchema(organisationSchema).optional(),
  startsOn: dateInputSchema.nullable().optional(),
  endsOn: dateInputSchema.nullable().optional(),
  /** true: the built-in programme's sessions (lib/shared/programme.ts); false: no sessions. */
  fromProgramme: z.boolean(),
});
export type CreateCohortInput = z.input<typeof createCohortInput>;

export interface CreatedCohort extends CohortInfo {
  /** The open participant join code. */
  joinCode: string;
}

const MAX_CODE_ATTEMPTS = 5;

/**
 * Creates a cohort owned by `trainerId` (who must be a trainer account; the caller checked they
 * may create cohorts), in one write: the cohort, its owner, the programme's sessions (Dutch
 * titles, in course order) when asked, and an open participant join code.
 */
export async function createCohort(
  trainerId: string,
  input: CreateCohortInput,
  prisma: DbClient = getPrisma(),
): Promise<CreatedCohort> {
  const { name, organisation, startsOn, endsOn, fromProgramme } = createCohortInput.parse(input);
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new AppError("invalid_dates", 400, "The end date is before the start date.");
  }
  const trainer = await prisma.user.findUnique({
    where: { id: trainerId },
    select: { kind: true },
  });
  if (trainer?.kind !== "trainer") {
    throw new AppError("user_not_found", 404, "The cohort's trainer does not exist.");
  }
  const sessions = fromProgramme
    ? COURSE_PROGRAMME.map((session, position) => ({
        position,
        title: session.title.nl,
        kind: session.kind,
      }))
    : [];

  for (let attempt = 1; ; attempt++) {
    const code = generateJoinCode();
    try {
      const cohort = await prisma.cohort.create({
        data: {
          name,
          organisation: organisation ?? null,
          startsOn: startsOn ?? null,
          endsOn: endsOn ?? null,
          trainers: { create: { userId: trainerId, role: "owner" } },
          sessions: { create: sessions },
          joinCodes: { create: { code } },
        },
        select: cohortInfoSelect,
      });
      return { ...cohort, joinCode: code };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}
