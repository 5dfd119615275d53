import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/auth/SetupForm";
import { countTrainers } from "@/lib/server/users/count-trainers";

export const dynamic = "force-dynamic";

/** First-run page: exists only while there is no trainer account at all. */
export default async function SetupPage() {
  if ((await countTrainers()) > 0) notFound();
  const t = await getTranslations();
  return (
    <div className="home">
      <main className="home__main">
        <h1>{t("setup.title")}</h1>
        <p className="home__intro">{t("setup.intro")}</p>
        <SetupForm />
      </main>
    </div>
  );
}
