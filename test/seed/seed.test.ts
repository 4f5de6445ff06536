import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seed, type SeedReport } from "../../src/ingest/seed.ts";
import { useTestDb } from "../helpers/db.ts";
import { countRows } from "../ingest/fixtures.ts";

const seedHeadline = "Xi, Putin begin talks at Kremlin with Ukraine on agenda";

const testDb = useTestDb();
let firstRun: SeedReport;

describe("seed", () => {
  it("loads the countries and stores the seed article under its headline", async () => {
    firstRun = await seed(testDb.db);

    expect(firstRun.countriesAdded).toBe(249);
    expect(firstRun.articles).toHaveLength(1);
    expect(firstRun.articles[0]).toMatchObject({ file: "000_c44577c07f96a5bc.txt", title: seedHeadline, created: true });
    const article = await testDb.db.article.findFirstOrThrow();
    expect(article.title).toBe(seedHeadline);
    expect(article.publishedAt.toISOString()).toBe("2023-03-22T00:00:00.000Z");
    expect(article.text.startsWith("MOSCOW-Xi Jinping said Tuesday")).toBe(true);
    expect(article.text).not.toContain(seedHeadline);
  });

  it("stores Xi Jinping with his alias, his country and his statements, each spanning its words in the text", async () => {
    const { db } = testDb;
    const article = await db.article.findFirstOrThrow();
    const xi = await db.person.findUniqueOrThrow({
      where: { normalizedName: "xi jinping" },
      include: { aliases: true, statements: true, mentions: true },
    });

    expect(xi.name).toBe("Xi Jinping");
    expect(xi.countryCode).toBe("CN");
    expect(xi.aliases.map((alias) => alias.alias)).toContain("Xi");
    expect(xi.mentions).toHaveLength(1);
    expect(xi.statements.length).toBeGreaterThanOrEqual(3);
    for (const statement of xi.statements) {
      expect(statement.articleId).toBe(article.id);
      expect(article.text.slice(statement.start, statement.end)).toContain(statement.text);
    }
  });

  it("stores the other people, the countries and the events of the seed", async () => {
    const { db } = testDb;
    const countries = await db.countryMention.findMany({ select: { countryCode: true } });
    const putin = await db.person.findUnique({ where: { normalizedName: "vladimir putin" } });
    const events = await db.event.findMany({ include: { participants: true, mentions: true } });

    expect(putin?.countryCode).toBe("RU");
    expect(countries.map((row) => row.countryCode)).toEqual(expect.arrayContaining(["CN", "RU", "UA", "JP"]));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.mentions.length === 1)).toBe(true);
    expect(events.some((event) => event.participants.some((participant) => participant.personId === putin?.id))).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await countRows(testDb.db);

    const again = await seed(testDb.db);

    expect(again.countriesAdded).toBe(0);
    expect(again.articles).toMatchObject([{ title: seedHeadline, created: false }]);
    // The counts of a stored article are read back from the database: the same as when it was stored.
    expect(again.articles[0]!.counts).toEqual(firstRun.articles[0]!.counts);
    expect(await countRows(testDb.db)).toEqual(before);
    expect(before.articles).toBe(1);
  });

  it("refuses a seed file that gives no publication date, naming it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsgraph-seeds-"));
    try {
      writeFileSync(join(folder, "undated.txt"), "A title\n\nA body without a date line.\n");
      await expect(seed(testDb.db, folder)).rejects.toThrow(/undated\.txt has no "date YYYY-MM-DD" first line/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
