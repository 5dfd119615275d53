/**
 * "New password" and "repeat it" (fields `password` and `repeat`), as on the first-run and the
 * reset page: the hint states the minimum length, and each field is marked invalid when the
 * form's error is about it. Uncontrolled: the form reads both with `readNewPassword` on submit.
 */
import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "@/lib/shared/account-schema";
import { formText } from "./form-text";
import { TextField } from "./TextField";

export type NewPasswordProblem = "tooShort" | "mismatch";

/** The chosen password, or what is wrong with it before anything is sent. */
export function readNewPassword(
  form: HTMLFormElement,
): { password: string; problem: null } | { password: null; problem: NewPasswordProblem } {
  const password = formText(form, "password", { trim: false });
  if (password.length < PASSWORD_MIN_LENGTH) return { password: null, problem: "tooShort" };
  if (password !== formText(form, "repeat", { trim: false }))
    return { password: null, problem: "mismatch" };
  return { password, problem: null };
}

interface NewPasswordFieldsProps {
  /** The page's messages; both have `password`, `repeat` and `passwordHint` (with `{min}`). */
  namespace: "setup" | "reset";
  /** The form's current error; only the two problems above mark a field. */
  error: string | null;
}

export function NewPasswordFields({ namespace, error }: NewPasswordFieldsProps) {
  const t = useTranslations(namespace);
  const common = { type: "password", autoComplete: "new-password", required: true } as const;
  return (
    <>
      <TextField
        {...common}
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        name="password"
        minLength={PASSWORD_MIN_LENGTH}
        invalid={error === "tooShort"}
      />
      <TextField {...common} label={t("repeat")} name="repeat" invalid={error === "mismatch"} />
    </>
  );
}
