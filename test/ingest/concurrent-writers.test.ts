import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { type Extractor, ingestArticle } from "../../src/ingest/ingest-article.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { smallArticle, smallExtraction } from "./fixtures.ts";

let testDb: TestDb;
// Clients of their own, as separate processes have: each writes through connections of its own.
let writers: Db[];
beforeAll(async () => {
  testDb = await createTestDb();
  writers = Array.from({ length: 4 }, () => createDb(testDb.url));
});
afterAll(async () => {
  await Promise.all(writers.map((writer) => writer.$disconnect()));
  await testDb.dispose();
});

/** The fixture's extraction for any text: the spans are the fixture's, so the texts start alike. */
const stub: Extractor = ({ text }) => smallExtraction(text);

describe("writers ingesting at once", () => {
  it("create each new person and event once, and every article stores its facts", async () => {
    // Twelve different articles naming the same two people at the same meeting, none of them stored yet.
    const articles = Array.from({ length: 12 }, (_, i) => ({ ...smallArticle, text: `${smallArticle.text}\n(copy ${i})\n` }));

    const results = await Promise.all(articles.map((article, i) => ingestArticle(writers[i % writers.length]!, article, stub)));

    expect(results.map((result) => result.created)).toEqual(articles.map(() => true));
    const people = await testDb.db.person.findMany({ include: { _count: { select: { mentions: true } } }, orderBy: { name: "asc" } });
    expect(people.map((person) => [person.name, person._count.mentions])).toEqual([
      ["Vladimir Putin", 12],
      ["Xi Jinping", 12],
    ]);
    const events = await testDb.db.event.findMany({ include: { _count: { select: { mentions: true, participants: true } } } });
    expect(events.map((event) => event._count)).toEqual([{ mentions: 12, participants: 2 }]);
    expect(await testDb.db.statement.count()).toBe(12);
  });
});
