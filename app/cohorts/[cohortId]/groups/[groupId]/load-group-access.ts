/**
 * The access check of a group's workbook pages: the cohort's trainers and the group's own
 * participants. Without a session people sign in; anyone else gets the not-found page, never data.
 */
import { notFound, redirect } from "next/navigation";
import { assertGroupMember, type GroupAccess } from "@/lib/server/access/assert-group-member";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";

export async function loadGroupAccess(
  cohortId: string,
  groupId: string,
): Promise<GroupAccess & { user: SessionUser }> {
  const user = await getSessionUser();
  const path = `/cohorts/${cohortId}/groups/${groupId}`;
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  try {
    return { user, ...(await assertGroupMember(user, cohortId, groupId)) };
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
}
