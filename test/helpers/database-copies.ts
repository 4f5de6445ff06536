import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";

/**
 * For a test file whose tests each need an empty database: migrates one
 * template before the tests (migrating takes seconds) and gives each test its
 * own copy of it. The copies are closed after each test, the folder after the file.
 */
export function useDatabaseCopies(): () => Db {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-copies-"));
  const template = join(dir, "template.db");
  const open: Db[] = [];
  let copies = 0;
  beforeAll(() => migrate(`file:${template}`));
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.$disconnect()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => {
    const file = join(dir, `copy-${(copies += 1)}.db`);
    copyFileSync(template, file);
    const db = createDb(`file:${file}`);
    open.push(db);
    return db;
  };
}
