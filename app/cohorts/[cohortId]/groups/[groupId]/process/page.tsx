import { ProcessWorkbook } from "@/components/process/ProcessWorkbook";
import { getGroupProcess } from "@/lib/server/process/get-group-process";
import { groupApiBase } from "../group-api-base";
import { loadGroupAccess } from "../load-group-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** The group's success and risk factors (the cohort's trainers and the group only). */
export default async function GroupProcessPage({ params }: { params: Params }) {
  const { cohortId, groupId } = await params;
  const { user } = await loadGroupAccess(cohortId, groupId);
  const view = await getGroupProcess(user, cohortId, groupId);
  return <ProcessWorkbook apiBase={groupApiBase(cohortId, groupId)} view={view} />;
}
