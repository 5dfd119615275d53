import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import { findPasswordReset } from "@/lib/server/users/find-password-reset";

export const dynamic = "force-dynamic";

/** The token is in the path: never send it on as a Referer. */
export const metadata: Metadata = { referrer: "no-referrer" };

/**
 * Choose a password with a one-time link. Opening the page only looks the link up (a link
 * preview in a mail client does not spend it); sending the form spends it.
 */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findPasswordReset(decodeURIComponent(token));
  const t = await getTranslations();
  return (
    <div className="home">
      <main className="home__main">
        <h1>{t("reset.title")}</h1>
        {reset ? (
          <>
            <p className="home__intro">{t("reset.intro", { name: reset.name, email: reset.email ?? "" })}</p>
            <ResetPasswordForm token={decodeURIComponent(token)} email={reset.email} />
          </>
        ) : (
          <p className="form-error" role="alert" data-testid="reset-invalid">
            {t("reset.errors.reset_link_invalid")}
          </p>
        )}
      </main>
    </div>
  );
}
