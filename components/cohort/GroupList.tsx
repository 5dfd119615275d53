"use client";
/** The cohort's groups, each with its own room for the whole course; the trainer adds and renames them. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { GROUP_NAME_MAX } from "@/lib/shared/cohort-schemas";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";
import { GroupItem } from "./GroupItem";
import type { GroupView } from "./types";

export function GroupList({ cohortId, groups }: { cohortId: string; groups: GroupView[] }) {
  const t = useTranslations("groups");
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const [newName, setNewName] = useState("");
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}/groups`;
  const suggestedName = t("defaultName", { number: groups.length + 1 });

  const handleAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await run("POST", base, { name: newName.trim() || suggestedName })) setNewName("");
  };

  const rename = async (groupId: string, name: string) =>
    (await run("PATCH", `${base}/${encodeURIComponent(groupId)}`, { name })) !== null;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">{t("heading")}</h2>
      <p className="panel__intro">{t("intro")}</p>
      {groups.length === 0 ? (
        <p className="empty-note">{t("none")}</p>
      ) : (
        <ul className="group-grid">
          {groups.map((group) => (
            <GroupItem key={group.id} group={group} isPending={isPending} onRename={(name) => rename(group.id, name)} />
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={handleAdd}>
        <div className="field field--grow">
          <label htmlFor={`${id}-new`}>{t("newName")}</label>
          <input id={`${id}-new`} value={newName} onChange={(e) => setNewName(e.target.value)} placeholder={suggestedName} maxLength={GROUP_NAME_MAX} />
        </div>
        <div className="inline-form__actions">
          <button type="submit" className="button button--primary" disabled={isPending} data-testid="add-group">
            {t("add")}
          </button>
        </div>
      </form>
      <ActionError error={error} />
    </section>
  );
}
