"use client";
/** Choose a new password with a one-time link; afterwards the trainer is signed in with it. */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/shared/account-schema";

const KNOWN_ERRORS = ["reset_link_invalid", "invalid_input"] as const;
type ErrorKey = (typeof KNOWN_ERRORS)[number] | "tooShort" | "mismatch" | "network" | "generic";

export function ResetPasswordForm({ token, email }: { token: string; email: string | null }) {
  const t = useTranslations("reset");
  const id = useId();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<ErrorKey | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [isDone, setDone] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) return setError("tooShort");
    if (password !== repeat) return setError("mismatch");
    setSubmitting(true);
    setError(null);
    try {
      const response = await fetch("/api/password-reset", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token, password }),
      });
      if (response.ok) {
        const result = email ? await signIn("credentials", { email, password, redirect: false }) : null;
        if (result?.ok && !result.error) {
          // A full load, not router.push: the root layout (header with sign-out) must render anew.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/trainer");
          return;
        }
        setDone(true);
        setSubmitting(false);
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
      const code = body?.error?.code ?? "";
      setError((KNOWN_ERRORS as readonly string[]).includes(code) ? (code as ErrorKey) : "generic");
    } catch {
      setError("network");
    }
    setSubmitting(false);
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

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <form className="join-form" onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          aria-describedby={hintId}
          aria-invalid={error === "tooShort" || undefined}
        />
        <p id={hintId} className="field__hint">
          {t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t("repeat")}</label>
        <input
          id={`${id}-repeat`}
          name="repeat"
          type="password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          autoComplete="new-password"
          required
          aria-invalid={error === "mismatch" || undefined}
        />
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {t(`errors.${error}`, { min: PASSWORD_MIN_LENGTH })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
