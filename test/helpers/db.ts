import { afterAll, beforeAll, inject } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { createTempDb, type TempDb, type TempDbOptions } from "../../src/db/temp-db.ts";

export type TestDb = TempDb;

/** A fresh database of its own on the run's PostgreSQL server (test/global-setup.ts): by default migrated and empty. */
export const createTestDb = (options: TempDbOptions = {}): Promise<TestDb> =>
  createTempDb(inject("databaseServerUrl"), { prefix: "newsgraph_test", ...options });

/** For a test file whose tests share one database: made before them, dropped after them. Read `.db` inside tests and hooks. */
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

/** For a test file that makes databases as it goes (`createTestDb`'s options): all dropped after its tests. */
export function useTestDbs(): (options?: TempDbOptions) => Promise<TestDb> {
  const made: TestDb[] = [];
  afterAll(async () => {
    await Promise.all(made.splice(0).map((testDb) => testDb.dispose()));
  });
  return async (options) => {
    const testDb = await createTestDb(options);
    made.push(testDb);
    return testDb;
  };
}
