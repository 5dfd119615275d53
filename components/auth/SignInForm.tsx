"use client";
/**
 * Trainer sign-in with email and password through next-auth's credentials provider. On success
 * the browser loads the callback path anew, so every server component sees the cookie.
 */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/shared/account-schema";
import { FormError } from "@/components/form/FormError";
import { formText } from "@/components/form/form-text";
import { TextField } from "@/components/form/TextField";

type ErrorKey = "wrongCredentials" | "network" | "generic";

/** next-auth's error codes in `?error=` that mean "email or password did not match". */
const CREDENTIAL_ERRORS = new Set(["CredentialsSignin", "SessionRequired"]);

export function SignInForm({
  callbackUrl,
  initialError,
}: {
  callbackUrl?: string;
  initialError?: string;
}) {
  const t = useTranslations("signin");
  const errorId = useId();
  const [error, setError] = useState<ErrorKey | null>(
    initialError ? (CREDENTIAL_ERRORS.has(initialError) ? "wrongCredentials" : "generic") : null,
  );
  const [isSubmitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = formText(form, "email");
    const password = formText(form, "password", { trim: false });
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        // A full load, not router.push: the root layout (header with sign-out) must render anew.
        window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
        return;
      }
      const isWrong = result?.error === "CredentialsSignin" || result?.status === 401;
      setError(isWrong ? "wrongCredentials" : "generic");
      const passwordInput = form.elements.namedItem("password");
      if (passwordInput instanceof HTMLInputElement) passwordInput.value = "";
    } catch {
      setError("network");
    }
    setSubmitting(false);
  };

  const invalid = error === "wrongCredentials";
  return (
    <form
      className="join-form"
      onSubmit={handleSubmit}
      aria-describedby={error ? errorId : undefined}
    >
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        invalid={invalid}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        invalid={invalid}
      />
      <FormError id={errorId}>{error && t(`errors.${error}`)}</FormError>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
      <p className="field__hint">{t("forgot")}</p>
    </form>
  );
}
