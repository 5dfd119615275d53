"use client";
/**
 * A group's changes per 5 minutes as a small bar chart (recharts, SVG). Screen readers get a
 * one-sentence summary on the chart and the figures in a visually hidden table.
 */
import { useTranslations } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityBucket } from "@/lib/shared/review/cohort-overview";
import styles from "./overview.module.css";

const CHART_HEIGHT = 84;

export function ActivityChart({
  groupName,
  buckets,
  caption,
  formatTime,
}: {
  groupName: string;
  buckets: ActivityBucket[];
  caption: string;
  formatTime: (iso: string) => string;
}) {
  const t = useTranslations("overview");
  const data = buckets.map((bucket) => ({
    time: formatTime(bucket.startsAt),
    updates: bucket.updates,
  }));
  const total = buckets.reduce((sum, bucket) => sum + bucket.updates, 0);
  const peak = buckets.reduce<ActivityBucket | null>(
    (best, bucket) => (!best || bucket.updates > best.updates ? bucket : best),
    null,
  );
  const from = data[0]?.time ?? "";
  const to = data[data.length - 1]?.time ?? "";
  const summary =
    total > 0 && peak
      ? t("chartLabel", { group: groupName, total, from, to, peak: formatTime(peak.startsAt) })
      : t("chartLabelEmpty", { group: groupName, from, to });
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartCaption}>{caption}</figcaption>
      <div role="img" aria-label={summary} data-testid="activity-chart" data-total={total}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart
            data={data}
            margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="time"
              tick={{ fontSize: 10 }}
              interval="preserveStartEnd"
              minTickGap={24}
            />
            <YAxis width={28} tick={{ fontSize: 10 }} allowDecimals={false} />
            <Tooltip />
            <Bar
              dataKey="updates"
              name={t("chartUpdates")}
              fill="var(--color-primary, #2f5bd3)"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chartTime")}</th>
            <th scope="col">{t("chartUpdates")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.time}>
              <td>{row.time}</td>
              <td>{row.updates}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
