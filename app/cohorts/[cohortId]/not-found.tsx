import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Shown for unknown cohorts and for people without access alike, so ids reveal nothing. */
export default async function CohortNotFound() {
  const t = await getTranslations("nav");
  return (
    <main className="page page--narrow" data-testid="not-found">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
