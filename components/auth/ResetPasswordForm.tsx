"use client";
/** Choose a new password with a one-time link; afterwards the trainer is signed in with it. */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/shared/account-schema";
import { useJsonSubmit } from "@/lib/client/use-json-submit";
import { FormError } from "@/components/form/FormError";
import { NewPasswordFields, readNewPassword } from "@/components/form/NewPasswordFields";

const KNOWN_ERRORS = ["reset_link_invalid", "invalid_input", "tooShort", "mismatch"] as const;

export function ResetPasswordForm({ token, email }: { token: string; email: string | null }) {
  const t = useTranslations("reset");
  const errorId = useId();
  const [isDone, setDone] = useState(false);
  const { error, isSubmitting, post, fail } = useJsonSubmit(KNOWN_ERRORS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { password, problem } = readNewPassword(event.currentTarget);
    if (problem) return fail(problem);
    await post("/api/password-reset", { token, password }, async () => {
      const result = email
        ? await signIn("credentials", { email, password, redirect: false })
        : null;
      if (result?.ok && !result.error) {
        // A full load, not router.push: the root layout (header with sign-out) must render anew.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/trainer");
        return;
      }
      setDone(true);
    });
  };

  if (isDone) {
    return (
      <div className="join-form" role="status">
        <p>{t("done")}</p>
        <a className="button button--primary" href="/signin">
          {t("toSignIn")}
        </a>
      </div>
    );
  }

  return (
    <form
      className="join-form"
      onSubmit={handleSubmit}
      aria-describedby={error ? errorId : undefined}
    >
      <NewPasswordFields namespace="reset" error={error} />
      <FormError id={errorId}>
        {error && t(`errors.${error}`, { min: PASSWORD_MIN_LENGTH })}
      </FormError>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
