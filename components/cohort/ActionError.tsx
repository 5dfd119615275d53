"use client";
/** The translated message for a failed cohort change, announced to screen readers. */
import { useTranslations } from "next-intl";
import type { CohortErrorCode } from "@/lib/client/use-cohort-action";
import { FormError } from "@/components/form/FormError";

export function ActionError({ error, id }: { error: CohortErrorCode | null; id?: string }) {
  const t = useTranslations("cohortErrors");
  return <FormError id={id}>{error && t(error)}</FormError>;
}
