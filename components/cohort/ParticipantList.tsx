"use client";
/** Everyone who joined with the cohort's code: move between groups, split evenly, rename, remove. */
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";
import { ParticipantRow } from "./ParticipantRow";
import type { GroupView, ParticipantView } from "./types";

interface ParticipantListProps {
  cohortId: string;
  participants: ParticipantView[];
  groups: GroupView[];
}

export function ParticipantList({ cohortId, participants, groups }: ParticipantListProps) {
  const t = useTranslations("participants");
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}`;
  const unassigned = participants.filter((participant) => !participant.groupId).length;

  const handleSplit = () => {
    if (window.confirm(t("confirmSplit"))) void run("POST", `${base}/split-evenly`);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 id={`${id}-title`} className="panel__title">{t("heading", { count: participants.length })}</h2>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={handleSplit}
          disabled={isPending || groups.length === 0 || participants.length === 0}
          data-testid="split-evenly"
        >
          {t("splitEvenly")}
        </button>
      </div>
      {unassigned > 0 && <p className="notice">{t("unassigned", { count: unassigned })}</p>}
      {participants.length === 0 ? (
        <p className="empty-note">{t("none")}</p>
      ) : (
        <ul className="participant-list">
          {participants.map((participant) => (
            <ParticipantRow
              key={participant.userId}
              participant={participant}
              groups={groups}
              isPending={isPending}
              onChange={async (change) =>
                (await run("PATCH", `${base}/participants/${encodeURIComponent(participant.userId)}`, change)) !== null
              }
              onRemove={() => void run("DELETE", `${base}/participants/${encodeURIComponent(participant.userId)}`)}
            />
          ))}
        </ul>
      )}
      <ActionError error={error} />
    </section>
  );
}
