import "./scripts/unref-engine-timers.ts";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadEnv } from "./src/env.ts";

type SqlDriverAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Queryable = Pick<SqlDriverAdapter, "queryRaw">;

// The application applies migrations itself (src/db/migrate.ts, `npm run db:migrate`). This file
// serves Prisma's own CLI (`prisma migrate diff` to write a migration, `prisma migrate deploy`),
// which reaches the database through the adapter returned below.

/**
 * Two fixes for Prisma 6.19's JavaScript schema engine on PostgreSQL:
 * - it reads catalog columns typed `name` (oid 19) and `char` (oid 18), which the pg adapter does not
 *   map ("Column type 'name' could not be deserialized", prisma/orm#27403): report them as text (25);
 * - the adapter's `executeScript` splits a migration on every ";", which cuts PL/pgSQL function
 *   bodies apart: run the script whole, as one simple query.
 */
class MigrationAdapter extends PrismaPg {
  override async connect(): Promise<SqlDriverAdapter> {
    return fixed(await super.connect());
  }
}

function fixed(adapter: SqlDriverAdapter): SqlDriverAdapter {
  textForCatalogTypes(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => textForCatalogTypes(await startTransaction(isolationLevel));
  const pool = adapter.underlyingDriver() as { query(sql: string): Promise<unknown> };
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

function textForCatalogTypes<T extends Queryable>(queryable: T): T {
  const io = queryable as unknown as { performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }> };
  const performIO = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return queryable;
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Full-text search's table, made and kept current by migration 20261130000100_search (not modelled).
  tables: { external: ["public.SearchDocument"] },
  async adapter() {
    const { DATABASE_URL } = loadEnv();
    if (!DATABASE_URL) throw new Error("Prisma's CLI needs DATABASE_URL; to migrate the embedded database run `npm run db:migrate`");
    // Discrete fields, not a connectionString: the adapter's shadow database sets `database`, which
    // node-postgres would otherwise override with the URL's.
    const url = new URL(DATABASE_URL);
    return new MigrationAdapter({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.slice(1)),
    });
  },
});
