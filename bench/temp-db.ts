import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";

export interface TempDb {
  db: Db;
  dispose(): Promise<void>;
}

/** A fresh, migrated SQLite database in a temporary folder that `dispose` deletes. */
export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  await migrate(url);
  const db = createDb(url);
  return {
    db,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
