import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { createTempDb, type TempDb } from "../../src/db/temp-db.ts";

export type TestDb = TempDb;

/** A fresh, migrated SQLite database in its own temporary folder. */
export const createTestDb = (): Promise<TestDb> => createTempDb("newsgraph-test-");

/** For a test file whose tests share one database: made before them, deleted after them. Read `.db` inside tests and hooks. */
export function useTestDb(): { readonly db: Db } {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.dispose();
  });
  return {
    get db() {
      if (!testDb) throw new Error("The test database exists only while the file's tests run");
      return testDb.db;
    },
  };
}
