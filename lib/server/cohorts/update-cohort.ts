import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import {
  cohortInfoSelect,
  cohortNameSchema,
  dateInputSchema,
  optionalTextSchema,
  organisationSchema,
  type CohortInfo,
} from "./cohort-input";

/** Fields left out stay as they are; null clears an optional one. */
export const updateCohortInput = z.object({
  name: cohortNameSchema.optional(),
  organisation: optionalTextSchema(organisationSchema).optional(),
  startsOn: dateInputSchema.nullable().optional(),
  endsOn: dateInputSchema.nullable().optional(),
});
export type UpdateCohortInput = z.input<typeof updateCohortInput>;

/** Changes a cohort's name, organisation or dates. Throws 404 for an unknown cohort. */
export async function updateCohort(
  cohortId: string,
  input: UpdateCohortInput,
  prisma: DbClient = getPrisma(),
): Promise<CohortInfo> {
  const data = updateCohortInput.parse(input);
  const current = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: { startsOn: true, endsOn: true },
  });
  if (!current) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const startsOn = data.startsOn === undefined ? current.startsOn : data.startsOn;
  const endsOn = data.endsOn === undefined ? current.endsOn : data.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new AppError("invalid_dates", 400, "The end date is before the start date.");
  }
  return prisma.cohort.update({ where: { id: cohortId }, data, select: cohortInfoSelect });
}
