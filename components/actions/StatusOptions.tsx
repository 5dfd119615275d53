"use client";
/** The `<option>`s of an action's status, in the reader's language. */
import { useTranslations } from "next-intl";
import { ACTION_STATUSES } from "@/lib/shared/actions";

export function StatusOptions() {
  const t = useTranslations("actions");
  return ACTION_STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`statuses.${status}`)}
    </option>
  ));
}
