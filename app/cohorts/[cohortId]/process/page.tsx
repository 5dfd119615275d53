import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CohortProcessView } from "@/components/process/CohortProcessView";
import { isAppError } from "@/lib/server/errors";
import { getCohortProcessOverview } from "@/lib/server/process/get-cohort-process-overview";
import { loadCohortAccess } from "../../load-cohort-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string }>;
type SearchParams = Promise<{ session?: string | string[] }>;

/** Trainers only: every group's success and risk factors side by side for one session (?session=<id>). */
export default async function CohortProcessPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { cohortId } = await params;
  const { session } = await searchParams;
  const { user, role } = await loadCohortAccess(cohortId, `/cohorts/${cohortId}/process`);
  if (role !== "trainer") notFound();
  const overview = await getCohortProcessOverview(user, cohortId, typeof session === "string" ? session : null).catch(
    (error: unknown) => {
      if (isAppError(error)) notFound();
      throw error;
    },
  );
  const t = await getTranslations("process");
  return (
    <main className="page page--wide" data-testid="cohort-process">
      <div className="page__head">
        <p>
          <a href={`/cohorts/${encodeURIComponent(cohortId)}`}>← {t("backToCohort")}</a>
        </p>
        <h1>{t("overviewTitle")}</h1>
        <p className="page__intro">{t("overviewIntro")}</p>
      </div>
      <CohortProcessView overview={overview} />
    </main>
  );
}
