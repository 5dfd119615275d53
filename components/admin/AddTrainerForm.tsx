"use client";
/** Adds a trainer by name and email; the parent shows the one-time link the route returns. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";
import type { ResetLinkSummary, TrainerSummary } from "@/lib/shared/account-schema";
import styles from "./admin.module.css";

const KNOWN_ERRORS = ["email_taken", "invalid_input", "forbidden"] as const;
type ErrorKey = (typeof KNOWN_ERRORS)[number] | "network" | "generic";

export function AddTrainerForm({
  onAdded,
}: {
  onAdded: (trainer: TrainerSummary, link: ResetLinkSummary) => void;
}) {
  const t = useTranslations("admin");
  const id = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [error, setError] = useState<ErrorKey | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const response = await fetch("/api/admin/trainers", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: name.trim(), email: email.trim() }),
      });
      const body = (await response.json().catch(() => null)) as {
        trainer?: TrainerSummary;
        resetLink?: ResetLinkSummary;
        error?: { code?: string };
      } | null;
      if (response.ok && body?.trainer && body.resetLink) {
        onAdded({ ...body.trainer, isAdmin: body.trainer.isAdmin ?? false }, body.resetLink);
        setName("");
        setEmail("");
      } else {
        const code = body?.error?.code ?? "";
        setError((KNOWN_ERRORS as readonly string[]).includes(code) ? (code as ErrorKey) : "generic");
      }
    } catch {
      setError("network");
    }
    setSubmitting(false);
  };

  return (
    <form onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <div className={styles.addForm}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("name")}</label>
          <input
            id={`${id}-name`}
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={DISPLAY_NAME_MAX}
            autoComplete="off"
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
            autoComplete="off"
            required
            aria-invalid={error === "email_taken" || undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t("adding") : t("add")}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
