"use client";
/** One participant: their group (select), rename, remove. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { PARTICIPANT_NAME_MAX } from "@/lib/shared/cohort-schemas";
import type { GroupView, ParticipantView } from "./types";

interface ParticipantRowProps {
  participant: ParticipantView;
  groups: GroupView[];
  isPending: boolean;
  onChange: (change: { displayName?: string; groupId?: string | null }) => Promise<boolean>;
  onRemove: () => void;
}

export function ParticipantRow({ participant, groups, isPending, onChange, onRemove }: ParticipantRowProps) {
  const t = useTranslations("participants");
  const id = useId();
  const [isRenaming, setRenaming] = useState(false);
  const [name, setName] = useState(participant.displayName);

  const handleRename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await onChange({ displayName: name.trim() })) setRenaming(false);
  };

  const handleRemove = () => {
    if (window.confirm(t("confirmRemove", { name: participant.displayName }))) onRemove();
  };

  return (
    <li className="participant" data-testid={`participant-${participant.userId}`}>
      {isRenaming ? (
        <form className="inline-form participant__rename" onSubmit={handleRename}>
          <label htmlFor={`${id}-name`} className="visually-hidden">{t("nameLabel")}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={PARTICIPANT_NAME_MAX} autoFocus />
          <button type="submit" className="button button--primary button--small" disabled={isPending || !name.trim()}>{t("save")}</button>
          <button type="button" className="button button--quiet button--small" onClick={() => { setName(participant.displayName); setRenaming(false); }}>{t("cancel")}</button>
        </form>
      ) : (
        <span className="participant__name">{participant.displayName}</span>
      )}
      <label htmlFor={`${id}-group`} className="visually-hidden">{t("groupLabel", { name: participant.displayName })}</label>
      <select
        id={`${id}-group`}
        className="participant__group"
        value={participant.groupId ?? ""}
        disabled={isPending}
        onChange={(e) => void onChange({ groupId: e.target.value || null })}
      >
        <option value="">{t("noGroup")}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>{group.name}</option>
        ))}
      </select>
      {!isRenaming && (
        <span className="participant__actions">
          <button type="button" className="button button--quiet button--small" onClick={() => setRenaming(true)} aria-label={t("renameLabel", { name: participant.displayName })}>
            {t("rename")}
          </button>
          <button type="button" className="button button--danger-quiet button--small" onClick={handleRemove} disabled={isPending} aria-label={t("removeLabel", { name: participant.displayName })}>
            {t("remove")}
          </button>
        </span>
      )}
    </li>
  );
}
