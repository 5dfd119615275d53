"use client";
/**
 * The side-panel section: bring everyone to my view (facilitators), follow someone's view,
 * the laser pointer and the emoji reactions.
 */
import { useTranslations } from "next-intl";
import { useValue, type Editor } from "tldraw";
import type { RoomPerson } from "@/lib/client/use-room-people";
import { REACTION_EMOJI } from "@/lib/client/follow/reactions";
import { REACTION_KINDS, type ReactionKind } from "@/lib/shared/presence";
import styles from "./follow.module.css";

export interface FollowPanelProps {
  editor: Editor | null;
  people: RoomPerson[];
  isFacilitator: boolean;
  /** tldraw user id (`user:<id>`) this client follows, or null. */
  followingUserId: string | null;
  onSummon(): void;
  onFollow(userId: string): void;
  onStopFollowing(): void;
  onReact(kind: ReactionKind): void;
}

export function FollowPanel(props: FollowPanelProps) {
  const { editor, people, isFacilitator, followingUserId } = props;
  const t = useTranslations("follow");
  const others = people.filter((person) => !person.isSelf);
  const isLaser = useValue("laser tool", () => editor?.getCurrentToolId() === "laser", [editor]);

  return (
    <section className={styles.panel} aria-labelledby="follow-heading" data-testid="follow-panel">
      <h2 id="follow-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      {isFacilitator && (
        <button type="button" className={styles.summon} data-testid="summon-everyone" title={t("summonHint")} onClick={props.onSummon}>
          {t("summon")}
        </button>
      )}
      {others.length === 0 ? (
        <p className={styles.muted}>{t("noOthers")}</p>
      ) : (
        <ul className={styles.people}>
          {others.map((person) => {
            const isFollowed = followingUserId === `user:${person.user.id}`;
            return (
              <li key={person.user.id} className={styles.person}>
                <span className={styles.name} title={person.user.name}>
                  {person.user.name}
                </span>
                <button
                  type="button"
                  className={styles.small}
                  data-testid={`follow-${person.user.id}`}
                  aria-pressed={isFollowed}
                  aria-label={t("followLabel", { name: person.user.name })}
                  onClick={() => (isFollowed ? props.onStopFollowing() : props.onFollow(person.user.id))}
                >
                  {isFollowed ? t("followingPerson") : t("followPerson")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className={styles.tool}
        data-testid="laser-tool"
        aria-pressed={isLaser}
        title={t("laserHint")}
        disabled={!editor}
        onClick={() => editor?.setCurrentTool(isLaser ? "select" : "laser")}
      >
        <span className={styles.laserDot} aria-hidden="true" /> {t("laser")} <kbd className={styles.kbd}>K</kbd>
      </button>
      <p className={styles.subheading} id="reactions-heading">
        {t("reactions")}
      </p>
      <div className={styles.emojis} role="group" aria-labelledby="reactions-heading">
        {REACTION_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={styles.emoji}
            data-testid={`react-${kind}`}
            aria-label={t("react", { name: t(`reaction.${kind}`) })}
            title={t(`reaction.${kind}`)}
            onClick={() => props.onReact(kind)}
          >
            <span aria-hidden="true">{REACTION_EMOJI[kind]}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
