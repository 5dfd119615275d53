"use client";
/**
 * The five stages in order: where you are, where the facilitator took the group, and who is on
 * each stage. Clicking a stage moves only your own view; a facilitator's "everyone" button
 * moves every view (it writes `activeStage` to the room).
 */
import { useLocale, useTranslations } from "next-intl";
import { useHeldStage } from "@/lib/client/facilitation/held-stage";
import type { RoomPerson } from "@/lib/client/use-room-people";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { PersonAvatar } from "./PersonAvatar";

const MAX_AVATARS = 3;

export interface StageBarProps {
  currentStage: StageId | null;
  activeStage: StageId | null;
  people: RoomPerson[];
  isFacilitator: boolean;
  onGoToStage(stageId: StageId): void;
  onSetStageForEveryone(stageId: StageId): void;
}

export function StageBar(props: StageBarProps) {
  const { currentStage, activeStage, people, isFacilitator } = props;
  const t = useTranslations("room");
  const locale = useLocale() === "en" ? "en" : "nl";
  // Set (for participants only) while the facilitator holds the room on one stage.
  const heldStage = useHeldStage();
  const tFocus = useTranslations("liveSession.focus");
  const heldName = STAGES.find((stage) => stage.id === heldStage)?.[locale];

  return (
    <nav className="stage-bar" aria-label={t("stages")} data-testid="stage-bar">
      <ol className="stage-bar__list">
        {STAGES.map((stage, index) => {
          const name = stage[locale];
          const here = people.filter((person) => person.stage === stage.id);
          const isCurrent = currentStage === stage.id;
          const isActive = activeStage === stage.id;
          const isLocked = heldStage !== null && heldStage !== stage.id;
          return (
            <li key={stage.id} className={`stage${isCurrent ? " stage--current" : ""}${isActive ? " stage--active" : ""}`}>
              <button
                type="button"
                className="stage__button"
                data-testid={`stage-${stage.id}`}
                aria-current={isCurrent ? "step" : undefined}
                disabled={isLocked}
                style={isLocked ? { opacity: 0.45, cursor: "not-allowed" } : undefined}
                title={isLocked && heldName ? tFocus("holding", { stage: heldName }) : undefined}
                aria-label={`${t("goToStage", { stage: name })}. ${t("peopleOnStage", { count: here.length, stage: name })}`}
                onClick={() => props.onGoToStage(stage.id)}
              >
                <span className="stage__number" aria-hidden="true">{index + 1}</span>
                <span className="stage__name">{name}</span>
                {isActive && <span className="stage__badge">{t("activeStageBadge")}</span>}
                <span className="stage__people" aria-hidden="true">
                  {here.slice(0, MAX_AVATARS).map((person) => (
                    <PersonAvatar key={person.user.id} user={person.user} size="sm" />
                  ))}
                  {here.length > MAX_AVATARS && <span className="stage__more">+{here.length - MAX_AVATARS}</span>}
                </span>
              </button>
              {isFacilitator && (
                <button
                  type="button"
                  className="stage__everyone"
                  data-testid={`set-stage-${stage.id}`}
                  aria-label={t("setForEveryoneLabel", { stage: name })}
                  title={t("setForEveryoneLabel", { stage: name })}
                  aria-pressed={isActive}
                  onClick={() => props.onSetStageForEveryone(stage.id)}
                >
                  <EveryoneIcon />
                  <span className="stage__everyone-text">{t("setForEveryone")}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** "Everyone" (two people), decorative: the button's aria-label says what it does. */
function EveryoneIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M16.5 14.2c2.9.3 5 2.4 5 5.3" />
    </svg>
  );
}
