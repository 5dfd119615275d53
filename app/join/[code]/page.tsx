import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/join/JoinForm";

export const dynamic = "force-dynamic";

/** Where the cohort's QR code leads: the join form with the code filled in, so only the name is asked. */
export default async function JoinWithCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("join");
  const prefilled = decodeURIComponent(code).trim().toUpperCase().slice(0, 12);
  return (
    <main className="home__main">
      <h1>{t("title")}</h1>
      <p className="home__intro">{t("intro")}</p>
      <JoinForm initialCode={prefilled} />
    </main>
  );
}
