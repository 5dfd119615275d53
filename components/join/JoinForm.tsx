"use client";
/**
 * Join by code and display name; on success the API sets the session cookie and we open the room,
 * or the cohort's page while the participant waits to be put in a group.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";
import { useJsonSubmit } from "@/lib/client/use-json-submit";
import { FormError } from "@/components/form/FormError";
import { TextField } from "@/components/form/TextField";

const KNOWN_ERRORS = ["join_code_not_found", "invalid_input", "rate_limited"] as const;

interface Joined {
  roomId?: string | null;
  cohortId?: string;
}

export function JoinForm({ initialCode = "" }: { initialCode?: string }) {
  const t = useTranslations("join");
  const router = useRouter();
  const errorId = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState("");
  const { error, isSubmitting, post, fail } = useJsonSubmit(KNOWN_ERRORS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await post<Joined>("/api/join", { code: code.trim(), name: name.trim() }, (body) => {
      if (body?.roomId) return router.push(`/rooms/${encodeURIComponent(body.roomId)}`);
      if (body?.cohortId) return router.push(`/cohorts/${encodeURIComponent(body.cohortId)}`);
      fail("generic");
    });
  };

  return (
    <form
      className="join-form"
      onSubmit={handleSubmit}
      noValidate
      aria-describedby={error ? errorId : undefined}
    >
      <TextField
        label={t("code")}
        name="code"
        value={code}
        onValueChange={(value) => setCode(value.toUpperCase())}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        required
        placeholder={t("codeHint")}
        invalid={error === "join_code_not_found"}
      />
      <TextField
        label={t("name")}
        hint={t("nameHint")}
        name="name"
        value={name}
        onValueChange={setName}
        autoComplete="nickname"
        autoFocus={Boolean(initialCode)}
        maxLength={DISPLAY_NAME_MAX}
        required
      />
      <FormError id={errorId}>{error && t(`errors.${error}`)}</FormError>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
