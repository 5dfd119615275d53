"use client";
import { useLocale, useTranslations } from "next-intl";
import type { RoomPerson } from "@/lib/client/use-room-people";
import type { RoomFacilitators } from "@/lib/client/use-room-facilitators";
import { STAGES } from "@/lib/shared/stages";
import { PersonAvatar } from "./PersonAvatar";
import { FacilitatorBadge, FacilitatorToggle } from "./room-roles/FacilitatorToggle";

/**
 * Everyone in the room with their colour and the stage they are looking at; for a trainer
 * (`roles`), a button per other person to make them facilitator of this room.
 */
export function PeopleList({ people, roles }: { people: RoomPerson[]; roles?: RoomFacilitators }) {
  const t = useTranslations("room");
  const locale = useLocale() === "en" ? "en" : "nl";
  return (
    <section className="people" aria-labelledby="people-heading" data-testid="people-list">
      <h2 id="people-heading" className="people__heading">
        {t("people", { count: people.length })}
      </h2>
      <ul className="people__list">
        {people.map((person) => {
          const stage = STAGES.find((candidate) => candidate.id === person.stage);
          return (
            <li key={person.user.id} className="person" data-user-id={person.user.id}>
              <PersonAvatar user={person.user} />
              <span className="person__text">
                <span className="person__name" title={person.user.name}>
                  <span>{person.user.name}</span>
                  {person.isSelf && <span className="person__self"> ({t("you")})</span>}
                  {roles?.appointed[person.user.id] && <FacilitatorBadge />}
                </span>
                {stage && <span className="person__stage">{t("onStage", { stage: stage[locale] })}</span>}
                {roles && !person.isSelf && (
                  <FacilitatorToggle userId={person.user.id} name={person.user.name} roles={roles} />
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
