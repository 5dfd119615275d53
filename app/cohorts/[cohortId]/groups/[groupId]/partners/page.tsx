import { PartnersWorkbook } from "@/components/partners/PartnersWorkbook";
import { listPartners } from "@/lib/server/partners/list-partners";
import { groupApiBase } from "../group-api-base";
import { loadGroupAccess } from "../load-group-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** The group's stakeholder map (the cohort's trainers and the group only). */
export default async function GroupPartnersPage({ params }: { params: Params }) {
  const { cohortId, groupId } = await params;
  const { user } = await loadGroupAccess(cohortId, groupId);
  const list = await listPartners(user, cohortId, groupId);
  return <PartnersWorkbook apiBase={groupApiBase(cohortId, groupId)} list={list} />;
}
