"use client";
/**
 * A group's success and risk factors: pick the session (the round) to fill in, rate the factors,
 * name risks, and see every filled-in session side by side below.
 */
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { compareRounds } from "@/lib/shared/process/factor-comparison";
import type { GroupProcessView } from "@/lib/shared/process/process-schemas";
import { FactorChart } from "./FactorChart";
import { FactorRatingForm } from "./FactorRatingForm";
import { FactorTable } from "./FactorTable";
import { RiskList } from "./RiskList";

export function ProcessWorkbook({ apiBase, view }: { apiBase: string; view: GroupProcessView }) {
  const t = useTranslations("process");
  const id = useId();
  const [sessionId, setSessionId] = useState(view.defaultSessionId);
  const session = view.sessions.find((each) => each.id === sessionId);
  const comparison = compareRounds(view);

  if (!session) return <p className="empty-note">{t("noSessions")}</p>;
  return (
    <div className="process-workbook">
      <p className="page__intro">{t("intro")}</p>
      <div className="field">
        <label htmlFor={`${id}-session`}>{t("session")}</label>
        <select id={`${id}-session`} value={session.id} onChange={(event) => setSessionId(event.target.value)} data-testid="process-session">
          {view.sessions.map((each) => (
            <option key={each.id} value={each.id}>
              {t("sessionOption", { number: each.position + 1, title: each.title })}
            </option>
          ))}
        </select>
      </div>
      <div className="process-columns">
        <FactorRatingForm
          key={session.id}
          apiBase={apiBase}
          sessionId={session.id}
          sessionTitle={session.title}
          round={view.rounds.find((round) => round.sessionId === session.id)}
        />
        <RiskList apiBase={apiBase} sessionId={session.id} risks={view.risks.filter((risk) => risk.sessionId === session.id)} />
      </div>
      <section className="panel" aria-labelledby={`${id}-compare`} data-testid="factor-comparison">
        <div className="panel__head">
          <h2 className="panel__title" id={`${id}-compare`}>{t("compareTitle")}</h2>
        </div>
        {comparison.columns.length === 0 ? (
          <p className="empty-note">{t("compareEmpty")}</p>
        ) : (
          <>
            <FactorChart comparison={comparison} per="sessions" />
            <FactorTable comparison={comparison} />
          </>
        )}
      </section>
    </div>
  );
}
