"use client";
/**
 * Trainer sign-in with email and password through next-auth's credentials provider. On success
 * the browser loads the callback path anew, so every server component sees the cookie.
 */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/shared/account-schema";

type ErrorKey = "wrongCredentials" | "network" | "generic";

/** next-auth's error codes in `?error=` that mean "email or password did not match". */
const CREDENTIAL_ERRORS = new Set(["CredentialsSignin", "SessionRequired"]);

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const t = useTranslations("signin");
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ErrorKey | null>(
    initialError ? (CREDENTIAL_ERRORS.has(initialError) ? "wrongCredentials" : "generic") : null,
  );
  const [isSubmitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (result?.ok && !result.error) {
        // A full load, not router.push: the root layout (header with sign-out) must render anew.
        window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
        return;
      }
      setError(result?.error === "CredentialsSignin" || result?.status === 401 ? "wrongCredentials" : "generic");
      setPassword("");
    } catch {
      setError("network");
    }
    setSubmitting(false);
  };

  const errorId = `${id}-error`;
  return (
    <form className="join-form" onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="username"
          required
          aria-invalid={error === "wrongCredentials" || undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          required
          aria-invalid={error === "wrongCredentials" || undefined}
        />
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
      <p className="field__hint">{t("forgot")}</p>
    </form>
  );
}
