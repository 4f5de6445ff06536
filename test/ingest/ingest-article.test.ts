import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extraction/types.ts";
import { type Extractor, ingestArticle } from "../../src/ingest/ingest-article.ts";
import { IngestError } from "../../src/ingest/ingest-error.ts";
import { useTestDb } from "../helpers/db.ts";
import { countRows, smallArticle, smallExtraction } from "./fixtures.ts";

const testDb = useTestDb();

/** The fixture's extraction for any text: the spans are the fixture's, so keep texts that start alike. */
const stub: Extractor = ({ text }) => smallExtraction(text);

/** A copy of the small article that no other test stores. */
function freshArticle(tag: string) {
  return { ...smallArticle, text: `${smallArticle.text}\n(${tag})\n` };
}

describe("ingestArticle with a stubbed extractor", () => {
  it("stores the article and every fact with its provenance", async () => {
    const { db } = testDb;
    const result = await ingestArticle(db, { ...smallArticle, url: "https://example.org/xi-putin", source: "Example" }, stub);

    expect(result.created).toBe(true);
    expect(result.counts).toEqual({ people: 2, statements: 1, events: 1, countries: 3 });
    expect(result.article).toMatchObject({ title: smallArticle.title, url: "https://example.org/xi-putin", source: "Example" });
    expect(result.article.publishedAt.toISOString()).toBe("2023-03-22T00:00:00.000Z");
    expect(result.article.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const xi = await db.person.findUniqueOrThrow({
      where: { normalizedName: "xi jinping" },
      include: { aliases: true, mentions: true },
    });
    expect(xi).toMatchObject({ name: "Xi Jinping", role: "President of China", countryCode: "CN" });
    expect(xi.aliases.map((alias) => [alias.alias, alias.normalizedAlias])).toEqual([["Xi", "xi"]]);
    expect(xi.mentions).toMatchObject([{ start: 0, end: 10, count: 2, inTitle: false, extractor: "test.fixture" }]);

    const [statement] = await db.statement.findMany({
      where: { articleId: result.article.id },
      include: { mentionedCountries: true, event: { include: { participants: true, mentions: true } } },
    });
    expect(statement).toMatchObject({ kind: "direct", speakerId: xi.id, extractor: "quote.said-after", confidence: 0.8 });
    // No date in the statement: it was said on the day the article was published.
    expect(statement!.date.toISOString()).toBe("2023-03-22T00:00:00.000Z");
    expect(smallArticle.text.slice(statement!.start, statement!.end)).toBe(statement!.text);
    expect(statement!.mentionedCountries.map((row) => row.countryCode).sort()).toEqual(["JP", "UA"]);
    expect(statement!.event).toMatchObject({ type: "meeting", place: "Moscow", countryCode: "RU" });
    expect(statement!.event!.date!.toISOString()).toBe("2023-03-20T00:00:00.000Z");
    expect(statement!.event!.participants).toHaveLength(2);
    expect(smallArticle.text.slice(statement!.event!.mentions[0]!.start, statement!.event!.mentions[0]!.end)).toBe(
      "met Vladimir Putin in Moscow on Monday",
    );

    const countries = await db.countryMention.findMany({ where: { articleId: result.article.id }, orderBy: { countryCode: "asc" } });
    expect(countries.map((row) => [row.countryCode, smallArticle.text.slice(row.start, row.end)])).toEqual([
      ["JP", "Japan"],
      ["RU", "Moscow"],
      ["UA", "Ukraine"],
    ]);
  });

  it("returns the stored article and changes nothing when the same content comes again", async () => {
    const { db } = testDb;
    const first = await ingestArticle(db, freshArticle("again"), stub);
    const before = await countRows(db);

    const again = await ingestArticle(db, freshArticle("again"), stub);
    // Re-wrapped whitespace and a URL of its own: still the same content.
    const rewrapped = await ingestArticle(
      db,
      { ...freshArticle("again"), title: ` ${smallArticle.title}  `, text: freshArticle("again").text.replace(/ /g, "\n"), url: "https://example.org/other" },
      () => {
        throw new Error("the extractor must not run for a stored article");
      },
    );

    expect(first.created).toBe(true);
    expect(again).toEqual({ ...first, created: false });
    expect(rewrapped.created).toBe(false);
    expect(rewrapped.article.id).toBe(first.article.id);
    expect(await countRows(db)).toEqual(before);
  });

  it("treats a known URL as the same article even when the text changed", async () => {
    const { db } = testDb;
    const first = await ingestArticle(db, { ...freshArticle("url one"), url: "https://example.org/story" }, stub);
    const before = await countRows(db);

    const updated = await ingestArticle(db, { ...freshArticle("url two"), url: "https://example.org/story" }, stub);

    expect(updated.created).toBe(false);
    expect(updated.article.id).toBe(first.article.id);
    expect(updated.article.text).toBe(first.article.text);
    expect(await countRows(db)).toEqual(before);
  });

  it("merges a person seen again: new aliases added, missing role and country filled, known ones kept", async () => {
    const { db } = testDb;
    const text = freshArticle("merge").text;
    const extraction = smallExtraction(text);
    extraction.people[0] = { ...extraction.people[0]!, name: "XI  Jínping", aliases: ["Xi", "President Xi"], role: "Chinese leader" };
    extraction.people[1] = { ...extraction.people[1]!, role: "President of Russia" };

    await ingestArticle(db, { ...smallArticle, text }, () => extraction);

    const xi = await db.person.findUniqueOrThrow({ where: { normalizedName: "xi jinping" }, include: { aliases: true } });
    const putin = await db.person.findUniqueOrThrow({ where: { normalizedName: "vladimir putin" } });
    expect(await db.person.count({ where: { normalizedName: { in: ["xi jinping", "vladimir putin"] } } })).toBe(2);
    expect(xi.name).toBe("Xi Jinping");
    expect(xi.role).toBe("President of China");
    expect(xi.aliases.map((alias) => alias.normalizedAlias).sort()).toEqual(["president xi", "xi"]);
    expect(putin.role).toBe("President of Russia");
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["empty text", { text: "" }, /text must not be empty/],
    ["whitespace-only text", { text: " \n\t " }, /text must not be empty/],
    ["text over 1 MB", { text: "a".repeat(1_000_001) }, /text must be at most 1000000 bytes/],
    ["a NUL byte in the text", { text: "binary\u0000data" }, /text contains binary control characters/],
    ["an empty title", { title: "  " }, /title must not be empty/],
    ["a day that does not exist", { publishedAt: "2023-02-30" }, /publishedAt must be a real date written YYYY-MM-DD/],
    ["a date in another format", { publishedAt: "22/03/2023" }, /publishedAt must be a real date/],
    ["a URL that is not http(s)", { url: "ftp://example.org/a" }, /url must be an http\(s\) URL/],
    ["a missing text", { text: undefined }, /text must be a string/],
  ])("rejects an input with %s, writing nothing", async (_case, change, message) => {
    const { db } = testDb;
    const before = await countRows(db);
    const input = { ...freshArticle("invalid"), ...change } as Parameters<typeof ingestArticle>[1];

    const attempt = ingestArticle(db, input, stub);

    await expect(attempt).rejects.toThrow(IngestError);
    await expect(attempt).rejects.toThrow(message);
    expect(await countRows(db)).toEqual(before);
  });

  it.each<[string, (extraction: Extraction) => void, RegExp]>([
    [
      "a statement whose speaker is not among the people", // fails after the article, people and events are written
      (extraction) => (extraction.statements[0]!.speaker = "Nobody Known"),
      /statement speaker "Nobody Known" is not among the extracted people/,
    ],
    [
      "an event participant who is not among the people",
      (extraction) => extraction.events[0]!.participants.push("Fumio Kishida"),
      /event participant "Fumio Kishida" is not among/,
    ],
    [
      "a statement pointing at an event that was not extracted",
      (extraction) => (extraction.statements[0]!.event = 3),
      /event #3, which was not extracted/,
    ],
    [
      "an unknown country code",
      (extraction) => (extraction.statements[0]!.countries = ["UA", "XX"]),
      /unknown country codes: XX/,
    ],
    [
      "a span beyond the end of the text",
      (extraction) => (extraction.statements[0]!.provenance.span = { start: 50, end: 5_000 }),
      /span 50\.\.5000 of statement .* lies outside the article's text/,
    ],
    [
      "an impossible date", // rolls back after everything but the statement is written
      (extraction) => (extraction.statements[0]!.date = "2023-13-01"),
      /"2023-13-01" is not a date/,
    ],
  ])("stores nothing from an extraction with %s", async (_case, breakIt, message) => {
    const { db } = testDb;
    const before = await countRows(db);
    const article = freshArticle(`broken ${_case}`);
    const broken: Extractor = (input) => {
      const extraction = smallExtraction(input.text);
      breakIt(extraction);
      return extraction;
    };

    await expect(ingestArticle(db, article, broken)).rejects.toThrow(message);
    expect(await countRows(db)).toEqual(before);
    // The same article with a sound extraction still goes in: nothing half-written blocks it.
    expect((await ingestArticle(db, article, stub)).created).toBe(true);
  });
});
