import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { migrations } from "../../src/db/migrate.ts";
import { databaseUrlOn, withClient } from "../../src/db/pg-client.ts";
import { parseSearchQuery } from "../../src/search/search-query.ts";
import { postgresSearch } from "../../src/search/postgres-search.ts";

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

const server = inject("databaseServerUrl");
const name = `newsgraph_search_migration_${randomBytes(4).toString("hex")}`;
let db: Db;

const run = (url: string, sql: string) => withClient(url, (client) => client.query(sql));

beforeAll(async () => {
  await run(server, `CREATE DATABASE "${name}"`);
  const url = databaseUrlOn(server, name);
  const all = migrations();
  const search = all.findIndex((migration) => migration.name.endsWith("_search"));
  for (const migration of all.slice(0, search)) await run(url, migration.sql);
  await run(url, rowsBefore);
  await run(url, all[search]!.sql);
  db = createDb(url);
});
afterAll(async () => {
  await db.$disconnect();
  await run(server, `DROP DATABASE "${name}" WITH (FORCE)`);
});

describe("the search migration", () => {
  it.each([
    ["Ostrovskaya", "person:7"], // a person's name
    ["Mina", "person:7"], // an alias, pointing at its person
    ["icefield", "article:3"], // an article's text
    ["glacier", "article:3"], // an article's title
    ["moraine", "statement:5"], // a statement
    ["Svalbard", "event:9"], // an event's place
  ])("indexes rows stored before it: %j finds %s", async (text, expected) => {
    const hits = await postgresSearch(db).search(parseSearchQuery(text), 10);
    expect(hits.map(({ kind, id }) => `${kind}:${id}`)).toEqual([expected]);
  });
});
