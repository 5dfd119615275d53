/**
 * The trainer's side by side: a session picker (a plain GET form, so it works without script),
 * every group's factor ratings for that session as chart and table, and each group's risks.
 */
import { useTranslations } from "next-intl";
import { compareGroups } from "@/lib/shared/process/factor-comparison";
import type { CohortProcessOverview } from "@/lib/shared/process/process-schemas";
import { FactorChart } from "./FactorChart";
import { FactorTable } from "./FactorTable";

export function CohortProcessView({ overview }: { overview: CohortProcessOverview }) {
  const t = useTranslations("process");
  if (!overview.sessionId) return <p className="empty-note">{t("noSessions")}</p>;
  if (overview.groups.length === 0) return <p className="empty-note">{t("noGroups")}</p>;
  const comparison = compareGroups(overview);
  return (
    <div className="process-workbook">
      <form method="get" className="inline-form" data-testid="overview-session-form">
        <div className="field">
          <label htmlFor="process-session">{t("session")}</label>
          <select id="process-session" name="session" defaultValue={overview.sessionId} data-testid="overview-session">
            {overview.sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {t("sessionOption", { number: session.position + 1, title: session.title })}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-form__actions">
          <button type="submit" className="button button--secondary">{t("show")}</button>
        </div>
      </form>
      <section className="panel" aria-labelledby="overview-factors">
        <h2 className="panel__title" id="overview-factors">{t("ratingsTitle")}</h2>
        <FactorChart comparison={comparison} per="groups" />
        <FactorTable comparison={comparison} />
      </section>
      <section className="panel" aria-labelledby="overview-risks">
        <h2 className="panel__title" id="overview-risks">{t("groupRisksTitle")}</h2>
        <ul className="risk-groups">
          {overview.groups.map((group) => (
            <li key={group.id} data-testid={`group-risks-${group.id}`}>
              <h3>
                {group.name} <span className="card__meta">({t("riskCount", { count: group.risks.length })})</span>
              </h3>
              {group.risks.length > 0 && (
                <ul className="risk-list">
                  {group.risks.map((risk) => (
                    <li key={risk.id} className="risk-item">
                      <div className="risk-item__text">
                        <strong>{risk.risk}</strong>
                        <span className="card__meta">{risk.mitigation ?? t("noMitigation")}</span>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
