/**
 * The access check of the cohort pages: who is asking and what they are in the cohort. Without a
 * session they sign in; without access (or for an unknown cohort) they get the not-found page,
 * never data.
 */
import { notFound, redirect } from "next/navigation";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import type { CohortRole } from "@/lib/server/access/cohort-role-of";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";

export async function loadCohortAccess(cohortId: string, path: string): Promise<{ user: SessionUser; role: CohortRole }> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  try {
    return { user, role: await assertCohortMember(user, cohortId) };
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
}
