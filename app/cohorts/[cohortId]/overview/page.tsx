import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CohortArchive } from "@/components/review/CohortArchive";
import { CohortOverview } from "@/components/review/CohortOverview";
import { fileBaseOf } from "@/lib/server/exports/assert-export-access";
import { loadCohortOverview } from "@/lib/server/review/load-cohort-overview";
import { courseTimeZone } from "@/lib/server/time/course-time-zone";
import { loadCohortAccess } from "../../load-cohort-access";

export const dynamic = "force-dynamic";

/**
 * Every group's room at a glance, for the cohort's trainers. Participants get the not-found
 * page, like anyone without access to a cohort page: the ids reveal nothing.
 */
export default async function CohortOverviewPage({
  params,
}: {
  params: Promise<{ cohortId: string }>;
}) {
  const { cohortId } = await params;
  const cohortPath = `/cohorts/${encodeURIComponent(cohortId)}`;
  const { role } = await loadCohortAccess(cohortId, `${cohortPath}/overview`);
  if (role !== "trainer") notFound();
  const [overview, t] = await Promise.all([
    loadCohortOverview(cohortId),
    getTranslations("overview"),
  ]);
  return (
    <main className="page page--wide" data-testid="cohort-overview">
      <p className="breadcrumb">
        <Link href={cohortPath}>← {t("backToCohort", { cohort: overview.cohortName })}</Link>
      </p>
      <div className="page__head">
        <h1>{t("title", { cohort: overview.cohortName })}</h1>
        <p className="page__intro">{t("intro")}</p>
      </div>
      <CohortOverview initial={overview} timeZone={courseTimeZone()} />
      <CohortArchive
        groups={overview.groups.map((group) => ({ name: group.name, roomId: group.roomId }))}
        fileBase={fileBaseOf(overview.cohortName)}
      />
    </main>
  );
}
