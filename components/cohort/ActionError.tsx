"use client";
/** The translated message for a failed cohort change, announced to screen readers. */
import { useTranslations } from "next-intl";
import type { CohortErrorCode } from "@/lib/client/use-cohort-action";

export function ActionError({ error, id }: { error: CohortErrorCode | null; id?: string }) {
  const t = useTranslations("cohortErrors");
  if (!error) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {t(error)}
    </p>
  );
}
