/**
 * Loads Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), bound to a driver
 * adapter. Development only: the CLI's native engine is a download we cannot make offline, and
 * the WASM build is the same engine. The package's entry uses `import "*.wasm"` (ESM integration
 * Node does not ship), so we instantiate the module ourselves and hand it to the JS glue.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type Provider = "sqlite" | "postgres";

let initialised: Promise<void> | undefined;

async function initialiseWasm(): Promise<void> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = await WebAssembly.compile(readFileSync(gluePath.replace(/\.js$/, ".wasm")));
  const instance = await WebAssembly.instantiate(wasmModule, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
}

/**
 * The engine replays a whole migration file through `executeRaw`, which better-sqlite3 refuses
 * ("more than one statement"). Route parameterless multi-statement SQL to `executeScript`.
 */
function allowScriptsInExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multiStatement =
        error instanceof RangeError && /more than one statement/.test(error.message);
      if (!multiStatement || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

function sqliteFactory(): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: ":memory:" });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => allowScriptsInExecuteRaw(await inner.connect()),
    connectToShadowDb: async () => allowScriptsInExecuteRaw(await inner.connectToShadowDb()),
  };
}

/**
 * The engine reads PostgreSQL's catalog, where some columns have the internal type "char"
 * (OID 18) that @prisma/adapter-pg refuses ("Column type 'char' could not be deserialized").
 * pg already returns those values as strings, so report them as text. Dev-script only.
 */
function reportCatalogCharAsText(): void {
  const PG_CHAR = 18;
  const PG_TEXT = 25;
  const original = pg.Pool.prototype.query as (...args: unknown[]) => unknown;
  if ((original as { patched?: boolean }).patched) return;
  const patched = function (this: pg.Pool, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;
    return result.then((res: pg.QueryResult) => {
      for (const field of res.fields ?? [])
        if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      return res;
    });
  };
  Object.assign(patched, { patched: true });
  pg.Pool.prototype.query = patched as typeof pg.Pool.prototype.query;
}

/**
 * A throw-away PostgreSQL database for the engine: it replays migrations on the connection it
 * is given (not only on its shadow database), so it must never get a real one.
 */
async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = new URL(
    process.env.SHADOW_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  const name = `cocreate_diff_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface StartedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and drops any scratch database. */
  stop: () => Promise<void>;
}

/**
 * Starts an engine for `provider`. SQLite works in memory; PostgreSQL works in a scratch
 * database on `SHADOW_DATABASE_URL`'s server (default: local postgres), dropped by `stop`.
 */
export async function startSchemaEngine(
  provider: Provider,
  schema: string,
): Promise<StartedSchemaEngine> {
  initialised ??= initialiseWasm();
  await initialised;
  if (provider === "postgres") reportCatalogCharAsText();
  const scratch = provider === "postgres" ? await createScratchDatabase() : null;
  const adapterFactory = scratch
    ? new PrismaPg({ connectionString: scratch.url })
    : sqliteFactory();
  const engine = (await glue.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  )) as SchemaEngine;
  return {
    engine,
    stop: async () => {
      engine.free();
      await scratch?.drop();
    },
  };
}
