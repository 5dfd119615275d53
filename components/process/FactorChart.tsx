"use client";
/**
 * Factor ratings side by side as a grouped bar chart: one group of bars per factor, one bar per
 * column (a session, or a group on the trainer's page). The table beside it carries the same
 * figures for screen readers, so the chart itself is one labelled image.
 */
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { FactorComparison } from "@/lib/shared/process/factor-comparison";
import { factorLabel, RATING_MAX, RATING_VALUES } from "@/lib/shared/process/factors";
import { seriesColor } from "./chart-colors";

export function FactorChart({ comparison, per }: { comparison: FactorComparison; per: "sessions" | "groups" }) {
  const t = useTranslations("process");
  const locale = useLocale();
  const place = new Map(comparison.columns.map((column, index) => [column.key, index]));
  const data = comparison.rows.map((row) => ({ label: factorLabel(row.factor, locale), ...row.values }));
  return (
    <div
      className="process-chart"
      role="img"
      aria-label={t("chartLabel", { what: t(per === "sessions" ? "chartSessions" : "chartGroups") })}
      data-testid="factor-chart"
    >
      <BarChart responsive style={{ width: "100%", height: 320 }} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} height={48} />
        <YAxis domain={[0, RATING_MAX]} ticks={[...RATING_VALUES]} allowDecimals={false} />
        <Tooltip />
        {/* Legend in column order (session order, or the groups' order), not alphabetical. */}
        <Legend itemSorter={(item) => place.get(String(item.dataKey)) ?? 0} />
        {comparison.columns.map((column, index) => (
          <Bar key={column.key} dataKey={column.key} name={column.label} fill={seriesColor(index)} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
