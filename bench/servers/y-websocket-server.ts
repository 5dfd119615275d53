/**
 * The peer: @y/websocket-server 0.1.1 run the way its own `y-websocket` bin runs it: a `ws`
 * server in noServer mode handing every upgrade to `setupWSConnection`, documents in memory,
 * no persistence (YPERSISTENCE unset). It uses the `ws` the package itself depends on, as its
 * bin does. Rooms need no creation and no token; without persistence a document stays in memory
 * after its last client leaves.
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { docs, setupWSConnection } from "@y/websocket-server/utils";
import { announceReady, handleControlRequest } from "./control";

interface WsServer {
  handleUpgrade(
    request: unknown,
    socket: unknown,
    head: unknown,
    done: (ws: unknown) => void,
  ): void;
  emit(event: string, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: never[]) => void): void;
}

const requireFromPeer = createRequire(import.meta.resolve("@y/websocket-server/utils"));
const WebSocketModule = requireFromPeer("ws") as { Server: new (options: object) => WsServer };
const wss = new WebSocketModule.Server({ noServer: true });
wss.on("connection", setupWSConnection as (...args: never[]) => void);

const server = createServer((request, response) => {
  void handleControlRequest(request, response, {
    createRooms: async (count) =>
      Array.from({ length: count }, () => ({
        roomId: randomUUID().replaceAll("-", ""),
        token: "",
      })),
    stats: () => ({
      rooms: docs.size,
      connections: [...docs.values()].reduce((sum, doc) => sum + doc.conns.size, 0),
    }),
  });
});

server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") announceReady(address.port);
});
process.on("SIGTERM", () => process.exit(0));
