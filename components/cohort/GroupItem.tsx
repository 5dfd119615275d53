"use client";
/** One group: its name (renamable), how many participants, and a link into its room. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormButtons } from "@/components/form/FormButtons";
import { GROUP_NAME_MAX } from "@/lib/shared/cohort-schemas";
import type { GroupView } from "./types";

interface GroupItemProps {
  group: GroupView;
  isPending: boolean;
  onRename: (name: string) => Promise<boolean>;
}

export function GroupItem({ group, isPending, onRename }: GroupItemProps) {
  const t = useTranslations("groups");
  const id = useId();
  const [isEditing, setEditing] = useState(false);
  const [name, setName] = useState(group.name);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await onRename(name.trim())) setEditing(false);
  };

  return (
    <li className="group-card" data-testid={`group-${group.id}`}>
      {isEditing ? (
        <form className="inline-form" onSubmit={handleSubmit}>
          <div className="field field--grow">
            <label htmlFor={`${id}-name`}>{t("name")}</label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={GROUP_NAME_MAX} autoFocus />
          </div>
          <FormButtons
            submitLabel={t("save")}
            cancelLabel={t("cancel")}
            canSubmit={!isPending && !!name.trim()}
            onCancel={() => {
              setName(group.name);
              setEditing(false);
            }}
          />
        </form>
      ) : (
        <>
          <div className="group-card__head">
            <span className="group-card__name">{group.name}</span>
            <span className="card__meta">{t("participantCount", { count: group.participantCount })}</span>
          </div>
          <div className="group-card__actions">
            <a className="button button--primary button--small" href={`/rooms/${encodeURIComponent(group.roomId)}`} data-testid={`open-room-${group.id}`} aria-label={t("openRoomLabel", { group: group.name })}>
              {t("openRoom")}
            </a>
            <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)} aria-label={t("renameLabel", { group: group.name })}>
              {t("rename")}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
