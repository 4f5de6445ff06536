import { afterEach } from "vitest";
import type { Db } from "../../src/db/client.ts";
import type { TestDb } from "./db.ts";
import { createTestDb } from "./db.ts";

/**
 * For a test file whose tests each need an empty database: each call gives a new copy of the
 * migrated template (milliseconds, where migrating takes a second); copies are dropped after each test.
 */
export function useDatabaseCopies(): () => Promise<Db> {
  const open: TestDb[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((copy) => copy.dispose()));
  });
  return async () => {
    const copy = await createTestDb();
    open.push(copy);
    return copy.db;
  };
}
