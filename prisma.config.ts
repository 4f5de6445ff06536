import "./scripts/unref-engine-timers.ts";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./src/env.ts";

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The schema engine replays migrations on a shadow database through
 * `executeRaw`, which better-sqlite3 refuses for multi-statement SQL; a
 * parameterless `executeRaw` is a migration script, so run it as one.
 * Without this `migrate diff --from-migrations` fails with P3006.
 */
class MigrationScriptAdapter extends PrismaBetterSQLite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    return runScriptsWhole(await super.connect());
  }
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return runScriptsWhole(await super.connectToShadowDb());
  }
}

function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

// Full-text search is an FTS5 table and its shadow tables, made and filled by
// migration 20261126210000_search, not modelled in schema.prisma: external, so
// that `migrate diff` never proposes dropping them.
const searchTables = ["SearchIndex", "SearchIndex_config", "SearchIndex_content", "SearchIndex_data", "SearchIndex_docsize", "SearchIndex_idx"];

export default defineConfig({
  engine: "js",
  experimental: { adapter: true, externalTables: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  tables: { external: searchTables },
  async adapter() {
    return new MigrationScriptAdapter({ url: databaseUrl() });
  },
});
