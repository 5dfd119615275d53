import { notFound, redirect } from "next/navigation";
import { WORKBOOK_TABS } from "@/components/workbook/workbook-tabs";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** The workbook opens on its first tab (the layout has checked access already). */
export default async function GroupWorkbookPage({ params }: { params: Params }) {
  const { cohortId, groupId } = await params;
  const first = WORKBOOK_TABS[0];
  if (!first) notFound();
  redirect(
    `/cohorts/${encodeURIComponent(cohortId)}/groups/${encodeURIComponent(groupId)}/${first.segment}`,
  );
}
