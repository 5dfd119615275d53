"use client";
/** The five stages as tabs: the review shows one stage at a time, fitted to the screen. */
import { useLocale, useTranslations } from "next-intl";
import { STAGES, type StageId } from "@/lib/shared/stages";

export interface ReviewStageTabsProps {
  current: StageId;
  onSelect(stageId: StageId): void;
}

export function ReviewStageTabs({ current, onSelect }: ReviewStageTabsProps) {
  const t = useTranslations("review");
  const locale = useLocale() === "en" ? "en" : "nl";
  return (
    <nav className="stage-bar" aria-label={t("stages")}>
      <ol className="stage-bar__list">
        {STAGES.map((stage, index) => (
          <li key={stage.id} className={`stage${stage.id === current ? " stage--current" : ""}`}>
            <button
              type="button"
              className="stage__button"
              aria-current={stage.id === current ? "step" : undefined}
              onClick={() => onSelect(stage.id)}
              data-testid={`review-stage-${stage.id}`}
            >
              <span className="stage__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="stage__name">{stage[locale]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
