"use client";
/** "Overdue" in words and with a sign, so it is not told by colour alone. */
import { useFormatter, useTranslations } from "next-intl";

export function OverdueFlag({ dueOn }: { dueOn: string }) {
  const t = useTranslations("actions");
  const format = useFormatter();
  const date = format.dateTime(new Date(`${dueOn}T00:00:00.000Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <span className="action-overdue" title={t("overdueLabel", { date })} data-testid="action-overdue">
      <span aria-hidden="true">⚠ </span>
      {t("overdue")}
    </span>
  );
}
