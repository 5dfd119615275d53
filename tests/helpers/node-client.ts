/** A participant in Node: joins through the HTTP API and syncs with y-websocket's real provider. */
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import * as Y from "yjs";

export interface JoinedGuest {
  roomId: string;
  cookie: string;
}

export async function joinAsGuest(baseUrl: string, code: string, name: string): Promise<JoinedGuest> {
  const response = await fetch(`${baseUrl}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name }),
  });
  if (!response.ok) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  const { roomId } = (await response.json()) as { roomId: string };
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { roomId, cookie };
}

export async function fetchRoomToken(baseUrl: string, guest: JoinedGuest): Promise<string> {
  const response = await fetch(`${baseUrl}/api/rooms/${guest.roomId}/token`, { headers: { cookie: guest.cookie } });
  if (!response.ok) throw new Error(`token failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Connects a provider (BroadcastChannel off, STACK.md trap 6) and resolves once synced. */
export async function connectProvider(
  baseUrl: string,
  roomId: string,
  token: string,
  doc = new Y.Doc(),
): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, "ws")}/yjs`, roomId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("provider did not sync")), 15_000);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return provider;
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the websocket opened. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on("open", () => {
      socket.close();
      resolve(101);
    });
    socket.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.on("error", reject);
  });
}
