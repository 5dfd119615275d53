"use client";
/**
 * Everything a facilitator uses to run a live session, mounted once by the Board. Each feature
 * is its own component; this file only wires them to the room.
 */
import type { Editor } from "tldraw";
import type { RoomConnection } from "@/lib/client/use-room-connection";
import { DotVoting } from "./DotVoting";
import { FollowAndSummon } from "./FollowAndSummon";
import { LockedElements } from "./LockedElements";
import { SilentBrainstorm } from "./SilentBrainstorm";
import { TimerAndAgenda } from "./TimerAndAgenda";

export interface FacilitationContext {
  editor: Editor | null;
  connection: RoomConnection | null;
  isFacilitator: boolean;
}

export function FacilitationLayer(props: FacilitationContext) {
  return (
    <>
      <TimerAndAgenda {...props} />
      <FollowAndSummon {...props} />
      <LockedElements {...props} />
      <DotVoting {...props} />
      <SilentBrainstorm {...props} />
    </>
  );
}
