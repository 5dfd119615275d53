/**
 * A realtime server in its own process, for tests that kill it with SIGKILL. Reads
 * DATABASE_URL, REALTIME_TEST_SECRET and PORT; prints "listening <port>" once ready.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDbClient } from "@/lib/server/db/client";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { createRealtimeServer } from "@/server/realtime/realtime-server";

const realtime = createRealtimeServer({
  store: createPrismaDocumentStore(createDbClient()),
  authSecret: process.env.REALTIME_TEST_SECRET ?? "",
});
const http = createServer((_request, response) => response.writeHead(404).end());
http.on("upgrade", (request, socket, head) => realtime.handleUpgrade(request, socket, head));
http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${(http.address() as AddressInfo).port}\n`);
});
