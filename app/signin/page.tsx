import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getSessionUser } from "@/lib/server/auth/session";
import { countTrainers } from "@/lib/server/users/count-trainers";
import { safeCallbackPath } from "@/lib/shared/account-schema";

export const dynamic = "force-dynamic";

interface SignInSearchParams {
  callbackUrl?: string | string[];
  error?: string | string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Trainer sign-in. next-auth sends people here (pages.signIn); a fresh install goes to setup. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SignInSearchParams> }) {
  const params = await searchParams;
  const callbackUrl = first(params.callbackUrl);
  const user = await getSessionUser();
  if (user?.kind === "trainer") redirect(safeCallbackPath(callbackUrl));
  if ((await countTrainers()) === 0) redirect("/setup");
  const t = await getTranslations();
  return (
    <div className="home">
      <main className="home__main">
        <h1>{t("signin.title")}</h1>
        <p className="home__intro">{t("signin.intro")}</p>
        <SignInForm callbackUrl={callbackUrl} initialError={first(params.error)} />
        <p className="home__trainer">
          {t("signin.participant")} <Link href="/">{t("signin.joinLink")}</Link>
        </p>
      </main>
    </div>
  );
}
