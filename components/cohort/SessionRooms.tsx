"use client";
/**
 * The groups' rooms of a session, with how many people are in each right now. The server renders
 * the first counts; this refreshes them every few seconds from the rooms route.
 */
import { useTranslations } from "next-intl";
import { usePolledJson } from "@/lib/client/use-polled-json";
import type { SessionRoomsResponse } from "@/lib/shared/cohort-schemas";

const REFRESH_MS = 5000;

type RoomCount = SessionRoomsResponse["rooms"][number];

export function SessionRooms({ roomsUrl, initialRooms }: { roomsUrl: string; initialRooms: RoomCount[] }) {
  const t = useTranslations("session");
  const { data, isStale } = usePolledJson<SessionRoomsResponse>(roomsUrl, { rooms: initialRooms }, REFRESH_MS);
  const rooms = data.rooms;

  if (rooms.length === 0) return <p className="empty-note">{t("noGroups")}</p>;
  return (
    <>
      {isStale && <p className="notice" role="status">{t("countsStale")}</p>}
      <ul className="group-grid" aria-live="polite">
        {rooms.map((room) => (
          <li key={room.roomId} className="group-card" data-testid={`group-${room.groupId}`}>
            <div className="group-card__head">
              <span className="group-card__name">{room.groupName}</span>
              <span className={`live-count${room.people > 0 ? " live-count--active" : ""}`}>
                <span className="live-count__dot" aria-hidden="true" />
                <span data-testid={`room-count-${room.roomId}`} className="live-count__number">{room.people}</span>
                <span className="live-count__label">{t("peopleNow", { count: room.people })}</span>
              </span>
            </div>
            <a className="button button--primary button--small" href={`/rooms/${encodeURIComponent(room.roomId)}`} data-testid={`open-room-${room.groupId}`}>
              {t("openRoom")}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
