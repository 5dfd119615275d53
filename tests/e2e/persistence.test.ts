/**
 * No lost work: the real Cocreate process is stopped, and killed with SIGKILL while clients write;
 * after a restart every update that another client had received is in the room.
 * Runs on SQLite, and on PostgreSQL with TEST_DATABASE=postgres.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { startApp, type AppProcess } from "../helpers/app-process";
import { connectProvider, fetchRoomToken, joinAsGuest } from "../helpers/node-client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let app: AppProcess;
let database: TestDatabase;

async function start(port?: number, dataDir?: string): Promise<AppProcess> {
  return startApp({ port, dataDir, env: { DATABASE_URL: database.url } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await start();
});
afterAll(async () => {
  await app?.kill();
  await database?.drop();
});

function tagsIn(doc: Y.Doc): Set<string> {
  const records = new YKeyValue(getRecordsArray(doc));
  return new Set([...records.map.keys()].filter((key) => key.startsWith("shape:tag-")));
}

async function openRoomDoc(name: string) {
  const guest = await joinAsGuest(app.baseUrl, "DEMO42", name);
  const token = await fetchRoomToken(app.baseUrl, guest);
  const doc = new Y.Doc();
  const provider = await connectProvider(app.baseUrl, guest.roomId, token, doc);
  return { guest, doc, provider };
}

describe(`persistence of the real server (${process.env.TEST_DATABASE ?? "sqlite"})`, () => {
  it("keeps the board across a graceful restart", async () => {
    const health = (await (await fetch(`${app.baseUrl}/api/health`)).json()) as { database: string };
    expect(health.database).toBe(database.provider);
    const writer = await openRoomDoc("Writer");
    new YKeyValue(getRecordsArray(writer.doc)).set("shape:tag-restart", { id: "shape:tag-restart" });
    const observer = await openRoomDoc("Observer");
    await expect.poll(() => tagsIn(observer.doc).has("shape:tag-restart")).toBe(true);
    writer.provider.destroy();
    observer.provider.destroy();

    await app.stop();
    app = await start(app.port, app.dataDir);
    const reader = await openRoomDoc("Reader");
    expect(tagsIn(reader.doc).has("shape:tag-restart")).toBe(true);
    reader.provider.destroy();
  });

  it("loses nothing another client had received when the server is killed mid-session", async () => {
    const writer = await openRoomDoc("Crash writer");
    const observer = await openRoomDoc("Crash observer");
    const records = new YKeyValue(getRecordsArray(writer.doc));
    const received = new Set<string>();
    getRecordsArray(observer.doc).observe(() => tagsIn(observer.doc).forEach((tag) => received.add(tag)));

    let sent = 0;
    const writing = setInterval(() => {
      for (let i = 0; i < 5; i++) {
        sent += 1;
        records.set(`shape:tag-crash-${sent}`, { id: `shape:tag-crash-${sent}` });
      }
    }, 10);
    await expect.poll(() => received.size, { timeout: 10_000 }).toBeGreaterThan(200);
    await app.kill(); // SIGKILL: no flush, no goodbye
    clearInterval(writing);
    const receivedBeforeCrash = new Set(received);
    writer.provider.destroy();
    observer.provider.destroy();

    app = await start(app.port, app.dataDir);
    const reader = await openRoomDoc("After crash");
    const stored = tagsIn(reader.doc);
    const lost = [...receivedBeforeCrash].filter((tag) => !stored.has(tag));
    process.stdout.write(
      `crash test: sent ${sent}, received by observer ${receivedBeforeCrash.size}, lost ${lost.length}\n`,
    );
    expect(lost).toEqual([]);
    reader.provider.destroy();
  });
});
