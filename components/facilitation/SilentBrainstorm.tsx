"use client";
/**
 * Silent brainstorm (issue 4, part 3). While the room's mode is "silent", what a participant
 * makes stays in their browser (lib/client/silent/: never sent, kept on this device across a
 * reload) until the room opens again; the facilitator's reveal opens it and may hide who wrote
 * what. Participants see a banner with their private-note count; facilitators a reveal section.
 */
import { useEffect } from "react";
import { createPortal } from "react-dom";
import { setDebugDocument } from "@/lib/client/debug-handle";
import { useServerClock } from "@/lib/client/facilitation/use-server-clock";
import { revealNotes } from "@/lib/client/silent/reveal-notes";
import { useSilentBrainstorm } from "@/lib/client/silent/use-silent-brainstorm";
import { usePortalTarget } from "@/lib/client/use-portal-target";
import { useRoomPeople } from "@/lib/client/use-room-people";
import type { FacilitationContext } from "./FacilitationLayer";
import { ParticipantBanner } from "./silent/ParticipantBanner";
import { PrivateShapeStyle } from "./silent/PrivateShapeStyle";
import { RevealPanel } from "./silent/RevealPanel";

export function SilentBrainstorm({ editor, connection, isFacilitator }: FacilitationContext) {
  const doc = connection?.doc ?? null;
  const { mode, privateShapeIds } = useSilentBrainstorm(editor, connection, isFacilitator);
  const people = useRoomPeople(connection?.provider.awareness ?? null);
  const clock = useServerClock();
  const canvas = usePortalTarget(".room__canvas");
  const sidePanel = usePortalTarget(".room__side");

  useEffect(() => (doc ? setDebugDocument(doc) : undefined), [doc]);

  if (!doc || !editor) return null;
  const isSilent = mode === "silent";
  // Private notes while the room is open wait for this client to be connected and synced again.
  const pending = !isSilent && privateShapeIds.length > 0;
  return (
    <>
      <PrivateShapeStyle shapeIds={privateShapeIds} />
      {canvas &&
        !isFacilitator &&
        (isSilent || pending) &&
        createPortal(<ParticipantBanner privateCount={privateShapeIds.length} pending={pending} />, canvas)}
      {sidePanel &&
        isFacilitator &&
        isSilent &&
        createPortal(
          <RevealPanel
            participantCount={people.filter((person) => !person.isSelf).length}
            onReveal={(anonymous) => revealNotes(doc, anonymous, clock.now())}
          />,
          sidePanel,
        )}
    </>
  );
}
