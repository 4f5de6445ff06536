import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { parseSearchQuery } from "../../src/search/search-query.ts";
import { postgresSearch } from "../../src/search/postgres-search.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { smallArticle, smallExtraction } from "../ingest/fixtures.ts";

// Each test writes rows with words of its own, so tests share one database and cannot see each other's hits.
let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.dispose());

/** Every hit for `text`, as "kind:id". */
async function found(text: string): Promise<string[]> {
  return (await postgresSearch(db).search(parseSearchQuery(text), 100)).map(({ kind, id }) => `${kind}:${id}`);
}

/** What the index should hold: one row per person, alias (pointing at its person), statement, article and event. */
async function expectedIndex(): Promise<string[]> {
  const [people, aliases, statements, articles, events] = await Promise.all([
    db.person.findMany({ select: { id: true } }),
    db.personAlias.findMany({ select: { personId: true } }),
    db.statement.findMany({ select: { id: true } }),
    db.article.findMany({ select: { id: true } }),
    db.event.findMany({ select: { id: true } }),
  ]);
  return [
    ...people.map(({ id }) => `person:${id}`),
    ...aliases.map(({ personId }) => `person:${personId}`),
    ...statements.map(({ id }) => `statement:${id}`),
    ...articles.map(({ id }) => `article:${id}`),
    ...events.map(({ id }) => `event:${id}`),
  ].sort();
}

async function actualIndex(): Promise<string[]> {
  const rows = await db.$queryRaw<{ kind: string; refId: number }[]>`SELECT "kind", "refId" FROM "SearchDocument"`;
  return rows.map(({ kind, refId }) => `${kind}:${refId}`).sort();
}

afterEach(async () => {
  expect(await actualIndex()).toEqual(await expectedIndex());
});

const someDay = new Date("2024-02-02T00:00:00Z");

function createArticle(title: string, text: string) {
  return db.article.create({ data: { title, text, contentHash: `hash of ${title}`, publishedAt: someDay } });
}

/** A person, with one alias when `alias` is given; the names here are already in normal form once lower-cased. */
function createPerson(name: string, alias?: string) {
  const aliases = alias ? { create: { alias, normalizedAlias: alias.toLowerCase() } } : undefined;
  return db.person.create({ data: { name, normalizedName: name.toLowerCase(), aliases } });
}

function createStatement(speakerId: number, articleId: number, text: string) {
  return db.statement.create({
    data: { kind: "direct", text, date: someDay, speakerId, articleId, start: 0, end: 1, confidence: 0.9, extractor: "test" },
  });
}

describe("the search index follows every write", () => {
  it("indexes a new person under their name and each alias, and a rename replaces the old name", async () => {
    const person = await createPerson("Ottilie Quarrender", "Tilly");
    expect(await found("Quarrender")).toEqual([`person:${person.id}`]);
    expect(await found("Tilly")).toEqual([`person:${person.id}`]);

    await db.person.update({ where: { id: person.id }, data: { name: "Ottilie Brisbourne" } });
    expect(await found("Quarrender")).toEqual([]);
    expect(await found("Brisbourne")).toEqual([`person:${person.id}`]);
  });

  it("follows an alias being renamed and removed", async () => {
    const person = await createPerson("Casimir Vantongeren");
    const alias = await db.personAlias.create({ data: { personId: person.id, alias: "Kaz", normalizedAlias: "kaz" } });
    await db.personAlias.update({ where: { id: alias.id }, data: { alias: "Mirko" } });
    expect(await found("Kaz")).toEqual([]);
    expect(await found("Mirko")).toEqual([`person:${person.id}`]);

    await db.personAlias.delete({ where: { id: alias.id } });
    expect(await found("Mirko")).toEqual([]);
    expect(await found("Vantongeren")).toEqual([`person:${person.id}`]);
  });

  it("follows an article's title and text, and a statement's text", async () => {
    const person = await createPerson("Perpetua Oyelaran");
    const article = await createArticle("Harbour dredging begins", "The quayside was quiet.");
    const statement = await createStatement(person.id, article.id, "Dredging is overdue");

    expect(await found("dredging")).toEqual(expect.arrayContaining([`article:${article.id}`, `statement:${statement.id}`]));
    await db.article.update({ where: { id: article.id }, data: { title: "Harbour works begin", text: "The wharf was busy." } });
    await db.statement.update({ where: { id: statement.id }, data: { text: "The works are overdue" } });

    expect(await found("dredging")).toEqual([]);
    expect(await found("quayside")).toEqual([]);
    expect(await found("wharf")).toEqual([`article:${article.id}`]);
    expect(await found("overdue")).toEqual([`statement:${statement.id}`]);
  });

  it("follows an event's title and place, including a place removed", async () => {
    const event = await db.event.create({ data: { type: "summit", title: "Fisheries summit", place: "Ålesund" } });
    expect(await found("Alesund")).toEqual([`event:${event.id}`]);

    await db.event.update({ where: { id: event.id }, data: { title: "Fisheries conference", place: null } });
    expect(await found("Alesund")).toEqual([]);
    expect(await found("fisheries conference")).toEqual([`event:${event.id}`]);

    await db.event.delete({ where: { id: event.id } });
    expect(await found("fisheries")).toEqual([]);
  });

  it("drops a deleted person's aliases and statements, which the database deletes by cascade", async () => {
    const person = await createPerson("Barnaby Fenwick-Ashdown", "Barney");
    const article = await createArticle("Lighthouse keepers meet", "A gathering of keepers.");
    await createStatement(person.id, article.id, "Lanterns need tending");

    await db.person.delete({ where: { id: person.id } });
    expect(await found("Barney")).toEqual([]);
    expect(await found("lanterns")).toEqual([]);
    expect(await found("lighthouse")).toEqual([`article:${article.id}`]);
  });

  it("drops a deleted article's statements with it", async () => {
    const person = await createPerson("Henrietta Mabbutt");
    const article = await createArticle("Orchard frost warning", "Growers were warned.");
    await createStatement(person.id, article.id, "Blossom will not survive the frost");

    await db.article.delete({ where: { id: article.id } });
    expect(await found("frost")).toEqual([]);
    expect(await found("Mabbutt")).toEqual([`person:${person.id}`]);
  });

  it("leaves the index untouched when a transaction rolls back", async () => {
    const failed = db.$transaction(async (tx) => {
      await tx.person.create({ data: { name: "Rosalind Tregothnan", normalizedName: "rosalind tregothnan" } });
      throw new Error("abandoned");
    });
    await expect(failed).rejects.toThrow("abandoned");
    expect(await found("Tregothnan")).toEqual([]);
  });

  it("indexes what ingestArticle stores", async () => {
    const { article } = await ingestArticle(db, smallArticle, ({ text }) => smallExtraction(text));
    const putin = await db.person.findUniqueOrThrow({ where: { normalizedName: "vladimir putin" } });
    expect(await found("Putin")).toEqual(expect.arrayContaining([`person:${putin.id}`, `article:${article.id}`]));
  });
});
