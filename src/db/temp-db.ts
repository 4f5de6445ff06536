import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "./client.ts";
import { migrate } from "./migrate.ts";

export interface TempDb {
  db: Db;
  url: string;
  /** Disconnects and deletes the database file. */
  dispose(): Promise<void>;
}

/** A fresh, migrated SQLite database in its own temporary folder (named after `prefix`), for tests and the benchmark. */
export async function createTempDb(prefix: string): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const url = `file:${join(dir, "temp.db")}`;
  await migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
