"use client";
/**
 * Join by code and display name; on success the API sets the session cookie and we open the room,
 * or the cohort's page while the participant waits to be put in a group.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";

const KNOWN_ERRORS = ["join_code_not_found", "invalid_input", "rate_limited"] as const;
type ErrorKey = (typeof KNOWN_ERRORS)[number] | "network" | "generic";

export function JoinForm({ initialCode = "" }: { initialCode?: string }) {
  const t = useTranslations("join");
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState("");
  const [error, setError] = useState<ErrorKey | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const response = await fetch("/api/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: code.trim(), name: name.trim() }),
      });
      const body = (await response.json().catch(() => null)) as
        | { roomId?: string | null; cohortId?: string; error?: { code?: string } }
        | null;
      if (response.ok && body?.roomId) {
        router.push(`/rooms/${encodeURIComponent(body.roomId)}`);
        return;
      }
      if (response.ok && body?.cohortId) {
        router.push(`/cohorts/${encodeURIComponent(body.cohortId)}`);
        return;
      }
      const errorCode = body?.error?.code ?? "";
      setError((KNOWN_ERRORS as readonly string[]).includes(errorCode) ? (errorCode as ErrorKey) : "generic");
    } catch {
      setError("network");
    }
    setSubmitting(false);
  };

  const errorId = `${id}-error`;
  return (
    <form className="join-form" onSubmit={handleSubmit} noValidate aria-describedby={error ? errorId : undefined}>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t("code")}</label>
        <input
          id={`${id}-code`}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          required
          placeholder={t("codeHint")}
          aria-invalid={error === "join_code_not_found" || undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("name")}</label>
        <input
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="nickname"
          autoFocus={Boolean(initialCode)}
          maxLength={DISPLAY_NAME_MAX}
          required
          aria-describedby={`${id}-name-hint`}
        />
        <p id={`${id}-name-hint`} className="field__hint">
          {t("nameHint")}
        </p>
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
