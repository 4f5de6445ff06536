import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { parseSearchQuery } from "../../src/search/search-query.ts";
import { sqliteSearch } from "../../src/search/sqlite-search.ts";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const searchMigration = "20261126210000_search";
const migrationSql = (name: string) => readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");

// Rows as a database held them before search existed.
const rowsBefore = /* SQL */ `
  INSERT INTO "Person" ("id", "name", "normalizedName") VALUES (7, 'Wilhelmina Ostrovskaya', 'wilhelmina ostrovskaya');
  INSERT INTO "PersonAlias" ("personId", "alias", "normalizedAlias") VALUES (7, 'Mina', 'mina');
  INSERT INTO "Article" ("id", "contentHash", "title", "publishedAt", "text")
    VALUES (3, 'h', 'Glacier retreat measured', '2024-01-01T00:00:00Z', 'Surveyors returned from the icefield.');
  INSERT INTO "Statement" ("id", "kind", "text", "date", "speakerId", "articleId", "start", "end", "confidence", "extractor")
    VALUES (5, 'direct', 'The moraine keeps growing', '2024-01-01T00:00:00Z', 7, 3, 0, 1, 0.9, 'test');
  INSERT INTO "Event" ("id", "type", "title", "place") VALUES (9, 'trip', 'Survey trip', 'Svalbard');
`;

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-search-migration-"));
  const url = `file:${join(dir, "test.db")}`;
  const adapter = await new PrismaBetterSQLite3({ url }).connect();
  const earlier = readdirSync(migrationsDir).filter((name) => /^\d+_/.test(name) && name < searchMigration).sort();
  for (const name of earlier) await adapter.executeScript(migrationSql(name));
  await adapter.executeScript(rowsBefore);
  await adapter.executeScript(migrationSql(searchMigration));
  await adapter.dispose();
  db = createDb(url);
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("the search migration", () => {
  it.each([
    ["Ostrovskaya", "person:7"], // a person's name
    ["Mina", "person:7"], // an alias, pointing at its person
    ["icefield", "article:3"], // an article's text
    ["glacier", "article:3"], // an article's title
    ["moraine", "statement:5"], // a statement
    ["Svalbard", "event:9"], // an event's place
  ])("back-fills rows stored before it: %j finds %s", async (text, expected) => {
    const hits = await sqliteSearch(db).search(parseSearchQuery(text), 10);
    expect(hits.map(({ kind, id }) => `${kind}:${id}`)).toEqual([expected]);
  });
});
