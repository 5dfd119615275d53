"use client";
/**
 * The review timeline: the room's versions, oldest first, then the current board. Moving the
 * position loads that document (showing progress) and hands it to `show`; play steps through
 * the versions from the position, one per `PLAY_STEP_MS`, fetching the next while showing one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import type { VersionSummary } from "@/lib/shared/history/version-summary";
import { CURRENT_BOARD, VersionDocs } from "./version-docs";

const PLAY_STEP_MS = 1_200;

export interface HistoryTimeline {
  versions: VersionSummary[];
  /** Index into versions; versions.length is the current board. */
  position: number;
  /** Position whose board is on screen (lags `position` while it loads). */
  shown: number | null;
  loading: boolean;
  error: string | null;
  playing: boolean;
  goTo(position: number): void;
  play(): void;
  pause(): void;
  /** Reloads the list (after a restore) and goes to the current board. */
  reload(): Promise<void>;
}

export function useHistoryTimeline(roomId: string, show: (doc: Y.Doc) => void): HistoryTimeline {
  const docs = useMemo(() => new VersionDocs(roomId), [roomId]);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [position, setPosition] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const request = useRef(0);

  const idAt = useCallback(
    (index: number, list: VersionSummary[]) =>
      index >= list.length ? CURRENT_BOARD : list[index]!.id,
    [],
  );

  const load = useCallback(
    async (index: number, list: VersionSummary[]) => {
      const ticket = ++request.current;
      setPosition(index);
      setLoading(true);
      try {
        const doc = await docs.load(idAt(index, list));
        if (ticket !== request.current) return;
        show(doc);
        setShown(index);
        setError(null);
        // Warm the cache for the next step of a replay.
        if (index + 1 < list.length) void docs.load(idAt(index + 1, list)).catch(() => undefined);
      } catch (caught) {
        if (ticket === request.current)
          setError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        if (ticket === request.current) setLoading(false);
      }
    },
    [docs, idAt, show],
  );

  const reload = useCallback(async () => {
    try {
      const list = await docs.listVersions();
      setVersions(list);
      await load(list.length, list);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setLoading(false);
    }
  }, [docs, load]);

  useEffect(() => {
    // The first list and board come from the network; state is set when they arrive.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!playing || loading) return;
    if (position >= versions.length) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => void load(position + 1, versions), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, loading, position, versions, load]);

  return {
    versions,
    position,
    shown,
    loading,
    error,
    playing,
    goTo: (index) => {
      setPlaying(false);
      void load(Math.max(0, Math.min(versions.length, index)), versions);
    },
    play: () => {
      // From the start when at the end, like a video player.
      if (position >= versions.length) void load(0, versions);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    reload,
  };
}
