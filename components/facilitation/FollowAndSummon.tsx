"use client";
/**
 * Follow and summon, laser pointer and reactions (issue 4, parts 4 and 6). Anyone can follow
 * another person's view (tldraw's following, fed by presence-sync's presence records), use the
 * laser (its strokes travel in presence) and send an emoji reaction (awareness `reaction`); a
 * facilitator can bring everyone to their stage and camera (room map `summon`).
 */
import { createPortal } from "react-dom";
import { createUserId, useValue } from "tldraw";
import { sendReaction } from "@/lib/client/follow/reactions";
import { useReactions } from "@/lib/client/follow/use-reactions";
import { useSummon } from "@/lib/client/follow/use-summon";
import { useServerClock } from "@/lib/client/facilitation/use-server-clock";
import { usePortalTarget } from "@/lib/client/use-portal-target";
import { useRoomPeople } from "@/lib/client/use-room-people";
import type { FacilitationContext } from "./FacilitationLayer";
import { FollowBanners } from "./follow/FollowBanners";
import { FollowPanel } from "./follow/FollowPanel";
import { ReactionBubbles } from "./follow/ReactionBubbles";

export function FollowAndSummon({ editor, connection, isFacilitator }: FacilitationContext) {
  const awareness = connection?.provider.awareness ?? null;
  const selfUserId = connection?.session.user.id ?? null;
  const people = useRoomPeople(awareness);
  const clock = useServerClock();
  const summon = useSummon(editor, connection?.doc ?? null, selfUserId, isFacilitator, clock.now);
  const reactions = useReactions(awareness);
  const followingUserId = useValue("following user", () => editor?.getInstanceState().followingUserId ?? null, [editor]);
  const sidePanel = usePortalTarget(".room__side");
  const canvas = usePortalTarget(".room__canvas");

  const followed = people.find((person) => `user:${person.user.id}` === followingUserId);
  const summoner = summon.notice && people.find((person) => person.user.id === summon.notice?.byUserId);

  return (
    <>
      {sidePanel &&
        createPortal(
          <FollowPanel
            editor={editor}
            people={people}
            isFacilitator={isFacilitator}
            followingUserId={followingUserId}
            onSummon={summon.summonEveryone}
            onFollow={(userId) => editor?.startFollowingUser(createUserId(userId))}
            onStopFollowing={() => editor?.stopFollowingUser()}
            onReact={(kind) => awareness && sendReaction(awareness, kind)}
          />,
          sidePanel,
          "follow-panel",
        )}
      {canvas &&
        createPortal(
          <FollowBanners
            following={followingUserId ? (followed?.user.name ?? "…") : null}
            onStopFollowing={() => editor?.stopFollowingUser()}
            summonedBy={summon.notice ? (summoner?.user.name ?? null) : undefined}
            onDismissSummon={summon.dismissNotice}
          />,
          canvas,
          "follow-banners",
        )}
      {editor && awareness && <ReactionBubbles editor={editor} reactions={reactions} selfClientId={awareness.clientID} />}
    </>
  );
}
