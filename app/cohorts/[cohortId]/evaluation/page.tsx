import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseResultsChart } from "@/components/evaluation/CourseResultsChart";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { getCourseResults } from "@/lib/server/evaluation/get-course-results";
import { loadCohortAccess } from "../../load-cohort-access";

export const dynamic = "force-dynamic";

/** The evaluation across the course, for the cohort's trainers: mean per rating question per session. */
export default async function CourseEvaluationPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const { user, role } = await loadCohortAccess(cohortId, `/cohorts/${cohortId}/evaluation`);
  if (role !== "trainer") notFound();
  const [overview, results, t, tc] = await Promise.all([
    getCohortOverview(cohortId),
    getCourseResults(user, cohortId),
    getTranslations("evaluation.course"),
    getTranslations("cohort"),
  ]);
  return (
    <main className="page" data-testid="course-evaluation-page">
      <p className="breadcrumb">
        <Link href={`/cohorts/${encodeURIComponent(cohortId)}`}>← {tc("backToCohort", { cohort: overview.cohort.name })}</Link>
      </p>
      <div className="page__head">
        <h1>{t("title")}</h1>
        <p className="page__intro">{t("intro")}</p>
      </div>
      <section className="panel" aria-label={t("chartLabel")}>
        {results.sessions.length === 0 ? <p className="empty-note">{t("none")}</p> : <CourseResultsChart results={results} />}
      </section>
    </main>
  );
}
