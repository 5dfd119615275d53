"use client";
/**
 * Keeps server-rendered figures current: fetches `url` every `intervalMs` while the tab is
 * visible and hands back the latest body, when it came, and whether the last refresh failed
 * (the previous body is kept then).
 */
import { useEffect, useState } from "react";

export interface PolledJson<T> {
  data: T;
  /** When `data` was fetched (the first render: when the page was rendered). */
  fetchedAt: Date;
  isStale: boolean;
}

export function usePolledJson<T>(url: string, initial: T, intervalMs: number): PolledJson<T> {
  const [state, setState] = useState<PolledJson<T>>(() => ({
    data: initial,
    fetchedAt: new Date(),
    isStale: false,
  }));

  useEffect(() => {
    let isCancelled = false;
    const refresh = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as T;
        if (!isCancelled) setState({ data, fetchedAt: new Date(), isStale: false });
      } catch {
        if (!isCancelled) setState((previous) => ({ ...previous, isStale: true }));
      }
    };
    const timer = window.setInterval(refresh, intervalMs);
    return () => {
      isCancelled = true;
      window.clearInterval(timer);
    };
  }, [url, intervalMs]);

  return state;
}
