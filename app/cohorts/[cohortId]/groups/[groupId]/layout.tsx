import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { WorkbookNav } from "@/components/workbook/WorkbookNav";
import { loadGroupAccess } from "./load-group-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** A group's workbook: its name, the way back to its board, and the workbook's tabs. */
export default async function GroupWorkbookLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Params;
}) {
  const { cohortId, groupId } = await params;
  const { group } = await loadGroupAccess(cohortId, groupId);
  const t = await getTranslations("workbook");
  const base = `/cohorts/${encodeURIComponent(cohortId)}/groups/${encodeURIComponent(groupId)}`;
  return (
    <main className="page workbook">
      <div className="page__head">
        <p>
          <a href={`/rooms/${encodeURIComponent(group.roomId)}`} data-testid="workbook-board-link">
            ← {t("backToBoard")}
          </a>
        </p>
        <h1>{t("title", { group: group.name })}</h1>
        <WorkbookNav base={base} label={t("tabs")} />
      </div>
      {children}
    </main>
  );
}
