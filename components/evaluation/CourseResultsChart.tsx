"use client";
/**
 * The mean of every rating question per session across the course, as lines (one per question),
 * with the same numbers in a table below that everyone, screen readers included, can read.
 */
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { toLocale } from "@/i18n/locales";
import { questionText } from "@/lib/shared/evaluation/default-questions";
import type { CourseResults } from "@/lib/shared/evaluation/results";
import styles from "./evaluation.module.css";

const TICK_LENGTH = 22;
/** Session titles are long; the axis shows their start, the table below the whole title. */
const shortTitle = (title: string) => (title.length > TICK_LENGTH ? `${title.slice(0, TICK_LENGTH - 1)}…` : title);

const COLORS = ["#2f5fd0", "#1e8a5a", "#b45309", "#9333ea", "#be123c", "#0e7490", "#4d7c0f"];

export function CourseResultsChart({ results }: { results: CourseResults }) {
  const t = useTranslations("evaluation.course");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const lines = results.series.map((line, index) => ({
    dataKey: `q${index}`,
    name: questionText(line.question, locale),
    color: COLORS[index % COLORS.length]!,
    line,
  }));
  const data = results.sessions.map((session, sessionIndex) => ({
    session: session.title,
    ...Object.fromEntries(lines.map(({ dataKey, line }) => [dataKey, line.means[sessionIndex] ?? null])),
  }));
  const mean = (value: number | null | undefined) =>
    value === null || value === undefined ? t("notAsked") : format.number(value, { maximumFractionDigits: 2 });

  return (
    <>
      <div aria-hidden="true" className={styles.courseChart} data-testid="course-chart">
        <LineChart responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 8, right: 16, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="session" tickFormatter={shortTitle} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
          <Tooltip />
          <Legend />
          {lines.map(({ dataKey, name, color }) => (
            <Line key={dataKey} type="monotone" dataKey={dataKey} name={name} stroke={color} strokeWidth={2} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </div>
      <table className={styles.courseTable} data-testid="course-table">
        <caption className="visually-hidden">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("question")}</th>
            {results.sessions.map((session) => (
              <th key={session.id} scope="col">{session.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map(({ dataKey, name, line }) => (
            <tr key={dataKey}>
              <th scope="row">{name}</th>
              {line.means.map((value, index) => (
                <td key={results.sessions[index]!.id}>{mean(value)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("responses")}</th>
            {results.sessions.map((session) => (
              <td key={session.id}>{session.responseCount}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
