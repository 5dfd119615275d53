/** A session's evaluation results for its trainers: every question, then the CSV download. */
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/i18n/locales";
import { questionText } from "@/lib/shared/evaluation/default-questions";
import type { SessionResults } from "@/lib/shared/evaluation/results";
import { RatingResult } from "./RatingResult";
import styles from "./evaluation.module.css";

export function SessionResultsView({ results, csvHref }: { results: SessionResults; csvHref: string }) {
  const t = useTranslations("evaluation.results");
  const locale = toLocale(useLocale());
  return (
    <section className={styles.results} aria-labelledby="evaluation-results-title" data-testid="evaluation-results">
      <div className="panel__head">
        <h3 id="evaluation-results-title" className="panel__title">{t("heading")}</h3>
        <a className="button button--quiet button--small" href={csvHref} download data-testid="evaluation-csv">
          {t("download")}
        </a>
      </div>
      {results.questions.map((result) => {
        const text = questionText(result.question, locale);
        return (
          <article key={result.question.id} className={styles.result} data-testid={`result-${result.question.position}`}>
            <h4>{text}</h4>
            {result.kind === "rating" ? (
              <RatingResult question={text} summary={result.summary} />
            ) : result.texts.length === 0 ? (
              <p className="empty-note">{t("noOpenAnswers")}</p>
            ) : (
              <ul className={styles.openAnswers} aria-label={t("openAnswers")}>
                {result.texts.map((answer, index) => (
                  <li key={index}>{answer}</li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
