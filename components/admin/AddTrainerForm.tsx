"use client";
/** Adds a trainer by name and email; the parent shows the one-time link the route returns. */
import { useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";
import type { ResetLinkSummary, TrainerSummary } from "@/lib/shared/account-schema";
import { useJsonSubmit } from "@/lib/client/use-json-submit";
import { FormError } from "@/components/form/FormError";
import { formText } from "@/components/form/form-text";
import { TextField } from "@/components/form/TextField";
import styles from "./admin.module.css";

const KNOWN_ERRORS = ["email_taken", "invalid_input", "forbidden"] as const;

interface AddedTrainer {
  trainer?: TrainerSummary;
  resetLink?: ResetLinkSummary;
}

export function AddTrainerForm({
  onAdded,
}: {
  onAdded: (trainer: TrainerSummary, link: ResetLinkSummary) => void;
}) {
  const t = useTranslations("admin");
  const errorId = useId();
  const { error, isSubmitting, post, fail, finish } = useJsonSubmit(KNOWN_ERRORS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = { name: formText(form, "name"), email: formText(form, "email") };
    await post<AddedTrainer>("/api/admin/trainers", body, (added) => {
      if (!added?.trainer || !added.resetLink) return fail("generic");
      onAdded({ ...added.trainer, isAdmin: added.trainer.isAdmin ?? false }, added.resetLink);
      form.reset();
      finish();
    });
  };

  return (
    <form onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
      <div className={styles.addForm}>
        <TextField
          label={t("name")}
          name="name"
          maxLength={DISPLAY_NAME_MAX}
          autoComplete="off"
          required
        />
        <TextField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          invalid={error === "email_taken"}
        />
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t("adding") : t("add")}
        </button>
      </div>
      <FormError id={errorId}>{error && t(`errors.${error}`)}</FormError>
    </form>
  );
}
