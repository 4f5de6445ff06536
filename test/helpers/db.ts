import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";

export interface TestDb {
  db: Db;
  url: string;
  /** Disconnects and deletes the database file. */
  dispose(): Promise<void>;
}

/** A fresh, migrated SQLite database in its own temporary folder. */
export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-test-"));
  const url = `file:${join(dir, "test.db")}`;
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
