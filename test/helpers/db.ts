import { createTempDb, type TempDb } from "../../src/db/temp-db.ts";

export type TestDb = TempDb;

/** A fresh, migrated SQLite database in its own temporary folder. */
export const createTestDb = (): Promise<TestDb> => createTempDb("newsgraph-test-");
