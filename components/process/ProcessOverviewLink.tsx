/** The cohort page's one link to the trainer's side-by-side view of every group's process. */
import { getTranslations } from "next-intl/server";

export async function ProcessOverviewLink({ cohortId }: { cohortId: string }) {
  const t = await getTranslations("process");
  return (
    <p>
      <a href={`/cohorts/${encodeURIComponent(cohortId)}/process`} data-testid="process-overview-link">
        {t("overviewLink")}
      </a>
    </p>
  );
}
