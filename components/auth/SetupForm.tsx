"use client";
/**
 * First run: create the first trainer account (an admin), then sign in with it right away so
 * the new admin lands on their home page.
 */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/shared/account-schema";

const KNOWN_ERRORS = ["invalid_input", "email_taken", "setup_done"] as const;
type ErrorKey = (typeof KNOWN_ERRORS)[number] | "tooShort" | "mismatch" | "network" | "generic";

export function SetupForm() {
  const t = useTranslations("setup");
  const id = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<ErrorKey | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) return setError("tooShort");
    if (password !== repeat) return setError("mismatch");
    setSubmitting(true);
    setError(null);
    try {
      const response = await fetch("/api/setup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: name.trim(), email: email.trim(), password }),
      });
      if (response.ok) {
        const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
        // A full load, not router.push: the root layout (header with sign-out) must render anew.
        window.location.assign(result?.ok ? "/trainer" : "/signin");
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
      const code = response.status === 404 ? "setup_done" : (body?.error?.code ?? "");
      setError((KNOWN_ERRORS as readonly string[]).includes(code) ? (code as ErrorKey) : "generic");
    } catch {
      setError("network");
    }
    setSubmitting(false);
  };

  const errorId = `${id}-error`;
  const passwordHintId = `${id}-password-hint`;
  return (
    <form className="join-form" onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("name")}</label>
        <input
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          maxLength={DISPLAY_NAME_MAX}
          required
        />
      </div>
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
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          aria-describedby={passwordHintId}
          aria-invalid={error === "tooShort" || undefined}
        />
        <p id={passwordHintId} className="field__hint">
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
