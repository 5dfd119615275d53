"use client";
/**
 * One rating question's results: count, mean and the distribution 1–5 as a bar chart, with the
 * same numbers in a table for screen readers (the chart itself is hidden from them).
 */
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import type { RatingSummary } from "@/lib/shared/evaluation/results";
import styles from "./evaluation.module.css";

export function RatingResult({ question, summary }: { question: string; summary: RatingSummary }) {
  const t = useTranslations("evaluation.results");
  const format = useFormatter();
  const data = summary.distribution.map((count, index) => ({ rating: String(index + 1), count }));
  return (
    <>
      <p className={styles.resultMeta} data-testid="rating-summary">
        {t("count", { count: summary.count })}
        {summary.mean !== null && ` · ${t("mean", { mean: format.number(summary.mean, { maximumFractionDigits: 2 }) })}`}
      </p>
      <div aria-hidden="true" className={styles.chart} data-testid="rating-chart">
        <BarChart responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="rating" />
          <YAxis allowDecimals={false} />
          <Bar dataKey="count" fill="#2f5fd0" isAnimationActive={false} />
        </BarChart>
      </div>
      <table className="visually-hidden" data-testid="rating-table">
        <caption>{t("tableCaption", { question })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rating")}</th>
            <th scope="col">{t("number")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.rating}>
              <th scope="row">{row.rating}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
