"use client";
/**
 * Connects a room's Yjs document to the realtime server with y-websocket, and keeps its room
 * token fresh: tokens live ROOM_TOKEN_TTL_SECONDS, y-websocket reads `provider.params` on every
 * (re)connect, so the token there is refreshed well before expiry and after every close.
 */
import { useEffect, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { CloseCode, FATAL_CLOSE_CODES, RETRY_LATER_CLOSE_CODES } from "@/lib/shared/realtime/close-codes";
import { limitRetryDelayMs } from "@/lib/shared/realtime/limits";
import { ROOM_TOKEN_TTL_SECONDS } from "@/lib/shared/realtime/room-token";
import { fetchRoomToken, RoomTokenError, websocketBaseUrl, type RoomTokenResponse } from "./fetch-room-token";
import { markOpenStep } from "./open-marks";

export type ConnectionStatus = "connecting" | "connected" | "offline";

export type RoomConnectionProblem =
  | { kind: "unauthenticated" }
  | { kind: "forbidden" }
  /** The server closed with a code after which reconnecting cannot help. */
  | { kind: "fatal-close"; code: number }
  /** A limit closed the connection (room full 4409, rate limited 4429); retrying after `retryInMs`. */
  | { kind: "limited"; code: number; retryInMs: number };

export interface RoomConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  session: Omit<RoomTokenResponse, "token" | "url">;
  status: ConnectionStatus;
  /** True once the first full sync with the server finished (stays true while offline). */
  hasSynced: boolean;
}

export interface RoomConnectionState {
  connection: RoomConnection | null;
  status: ConnectionStatus;
  problem: RoomConnectionProblem | null;
}

const REFRESH_INTERVAL_MS = (ROOM_TOKEN_TTL_SECONDS * 1000) / 3;
/** After a close, a fresh token at most this often (a server that is down closes every ~2 s). */
const MIN_REFRESH_GAP_MS = 15_000;

export function useRoomConnection(roomId: string): RoomConnectionState {
  const [state, setState] = useState<RoomConnectionState>({ connection: null, status: "connecting", problem: null });

  useEffect(() => {
    const abort = new AbortController();
    const doc = new Y.Doc();
    let provider: WebsocketProvider | null = null;
    let lastRefresh = 0;
    let refreshTimer: ReturnType<typeof setInterval> | undefined;
    let limitRetryTimer: ReturnType<typeof setTimeout> | undefined;
    /** Limit closes in a row; reset once a connection syncs, so the wait grows only while refused. */
    let limitedAttempts = 0;
    /** Set once connected: republishes the connection after a fresh token changed the session. */
    let onSession: ((session: RoomConnection["session"]) => void) | null = null;

    const fail = (problem: RoomConnectionProblem) => {
      provider?.disconnect();
      setState((previous) => ({ ...previous, status: "offline", problem }));
    };
    const handleTokenError = (error: unknown) => {
      if (abort.signal.aborted) return;
      if (error instanceof RoomTokenError && error.reason !== "unavailable") fail({ kind: error.reason });
      // "unavailable": keep the old token; y-websocket keeps retrying and we try again later.
    };
    const refreshToken = async (): Promise<void> => {
      lastRefresh = Date.now();
      const fresh = await fetchRoomToken(roomId, abort.signal);
      if (provider) provider.params = { ...provider.params, token: fresh.token };
      // A trainer may have made us facilitator (or taken it back): the tools follow the new token.
      onSession?.({ role: fresh.role, facilitator: fresh.facilitator, user: fresh.user });
    };

    const start = async () => {
      const first = await fetchRoomToken(roomId, abort.signal);
      lastRefresh = Date.now();
      if (abort.signal.aborted) return;
      markOpenStep("token");
      const { token, url, ...firstSession } = first;
      let session = firstSession;
      const liveProvider = new WebsocketProvider(websocketBaseUrl(url), roomId, doc, {
        params: { token },
        disableBc: true,
        // A fatal code stops for good; an expired token stops so we can reconnect with a new one;
        // a limit stops so we wait longer than y-websocket's own backoff (limitRetryDelayMs).
        shouldReconnect: (event) =>
          !FATAL_CLOSE_CODES.includes(event.code) &&
          !RETRY_LATER_CLOSE_CODES.includes(event.code) &&
          event.code !== CloseCode.tokenExpired,
      });
      provider = liveProvider;
      let hasSynced = false;
      let status: ConnectionStatus = "connecting";
      const publish = () =>
        setState((previous) => ({
          ...previous,
          status,
          connection: { doc, provider: liveProvider, session, status, hasSynced },
        }));

      onSession = (fresh) => {
        if (fresh.role === session.role && fresh.facilitator === session.facilitator) return;
        session = fresh;
        publish();
      };

      liveProvider.on("status", ({ status: wsStatus }) => {
        status = wsStatus === "disconnected" ? "offline" : wsStatus === "connected" && liveProvider.synced ? "connected" : "connecting";
        publish();
      });
      liveProvider.on("sync", (isSynced) => {
        if (isSynced) {
          hasSynced = true;
          limitedAttempts = 0;
          setState((previous) => (previous.problem?.kind === "limited" ? { ...previous, problem: null } : previous));
          markOpenStep("synced");
        }
        status = isSynced ? "connected" : liveProvider.wsconnected ? "connecting" : "offline";
        publish();
      });
      liveProvider.on("connection-close", () => {
        if (Date.now() - lastRefresh > MIN_REFRESH_GAP_MS) refreshToken().catch(handleTokenError);
      });
      liveProvider.on("closed", ({ code }) => {
        if (code === CloseCode.tokenExpired) {
          refreshToken()
            .then(() => liveProvider.connect())
            .catch(handleTokenError);
        } else if (FATAL_CLOSE_CODES.includes(code)) {
          fail({ kind: "fatal-close", code });
        } else if (RETRY_LATER_CLOSE_CODES.includes(code)) {
          const retryInMs = limitRetryDelayMs(limitedAttempts++);
          setState((previous) => ({ ...previous, status: "offline", problem: { kind: "limited", code, retryInMs } }));
          clearTimeout(limitRetryTimer);
          limitRetryTimer = setTimeout(() => liveProvider.connect(), retryInMs);
        }
      });
      refreshTimer = setInterval(() => refreshToken().catch(handleTokenError), REFRESH_INTERVAL_MS);
      publish();
    };
    const startWithRetry = (attempt: number) => {
      start().catch((error: unknown) => {
        handleTokenError(error);
        const retryable = error instanceof RoomTokenError && error.reason === "unavailable";
        if (retryable && !abort.signal.aborted) {
          setTimeout(() => startWithRetry(attempt + 1), Math.min(1000 * 2 ** attempt, 15_000));
        }
      });
    };
    startWithRetry(0);

    return () => {
      abort.abort();
      clearInterval(refreshTimer);
      clearTimeout(limitRetryTimer);
      provider?.destroy();
      doc.destroy();
    };
  }, [roomId]);

  return state;
}
