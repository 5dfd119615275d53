"use client";
/**
 * First run: create the first trainer account (an admin), then sign in with it right away so
 * the new admin lands on their home page.
 */
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/shared/account-schema";
import { useJsonSubmit } from "@/lib/client/use-json-submit";
import { FormError } from "@/components/form/FormError";
import { formText } from "@/components/form/form-text";
import { NewPasswordFields, readNewPassword } from "@/components/form/NewPasswordFields";
import { TextField } from "@/components/form/TextField";

const KNOWN_ERRORS = [
  "invalid_input",
  "email_taken",
  "setup_done",
  "tooShort",
  "mismatch",
] as const;

/** The setup route answers 404 once a trainer exists: someone else finished the first run. */
const codeFor = (status: number, code: string) => (status === 404 ? "setup_done" : code);

export function SetupForm() {
  const t = useTranslations("setup");
  const errorId = useId();
  const { error, isSubmitting, post, fail } = useJsonSubmit(KNOWN_ERRORS, { codeFor });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { password, problem } = readNewPassword(form);
    if (problem) return fail(problem);
    const email = formText(form, "email");
    await post("/api/setup", { name: formText(form, "name"), email, password }, async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      // A full load, not router.push: the root layout (header with sign-out) must render anew.
      window.location.assign(result?.ok ? "/trainer" : "/signin");
    });
  };

  return (
    <form
      className="join-form"
      onSubmit={handleSubmit}
      aria-describedby={error ? errorId : undefined}
    >
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        maxLength={DISPLAY_NAME_MAX}
        required
      />
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required />
      <NewPasswordFields namespace="setup" error={error} />
      <FormError id={errorId}>
        {error && t(`errors.${error}`, { min: PASSWORD_MIN_LENGTH })}
      </FormError>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
