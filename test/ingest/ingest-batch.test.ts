import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { createCountingDb } from "../../src/db/counting-db.ts";
import type { ArticleInput } from "../../src/extraction/types.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { type Ingested, ingestMany } from "../../src/ingest/ingest-many.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { createTestDb } from "../helpers/db.ts";
import { countRows, type EventSketch, type SketchedReport as Report, type Someone, sketchedReport } from "./fixtures.ts";

// Each test starts from an empty database: a copy of one migrated template.
const freshDb = useDatabaseCopies();
let db: Db;
beforeEach(async () => {
  db = await freshDb();
});


/** Ingests the reports as `newsgraph ingest` does, `batchSize` to a transaction, each with its own extraction. */
async function ingestReports(db: Db, reports: Report[], batchSize = 64): Promise<Ingested<Report>[]> {
  const byText = new Map(reports.map((entry) => [entry.input.text, entry.extraction]));
  const extract = async ({ text }: ArticleInput) => structuredClone(byText.get(text)!);
  const outcomes: Ingested<Report>[] = [];
  for await (const outcome of ingestMany(db, reports, (entry) => entry.input, { extract, batchSize })) outcomes.push(outcome);
  return outcomes;
}

/** "created", "unchanged", or the error's message. */
const outcomeOf = (outcome: Ingested<Report>) =>
  "result" in outcome ? (outcome.result.created ? "created" : "unchanged") : "error" in outcome ? String((outcome.error as Error).message) : "none";

async function storedPeople(db: Db) {
  const people = await db.person.findMany({ include: { aliases: true, _count: { select: { mentions: true } } }, orderBy: { name: "asc" } });
  return people.map((person) => ({ name: person.name, aliases: person.aliases.map((alias) => alias.alias).sort(), articles: person._count.mentions }));
}

describe("a batch of new articles written together", () => {
  it("makes one person of a new name two articles of the batch share, and one event of the meeting both report", async () => {
    const meeting: EventSketch = { type: "talks", date: "2024-07-08", participants: ["Xi Jinping", "Vladimir Putin"] };
    const reports = [sketchedReport([{ name: "Xi Jinping", country: "CN" }, { name: "Vladimir Putin" }], [meeting]), sketchedReport([{ name: "Xi Jinping" }, { name: "Putin" }], [{ ...meeting, participants: ["Xi Jinping", "Putin"] }])];

    const outcomes = await ingestReports(db, reports);

    expect(outcomes.map(outcomeOf)).toEqual(["created", "created"]);
    expect(await storedPeople(db)).toEqual([
      { name: "Vladimir Putin", aliases: ["Putin"], articles: 2 },
      { name: "Xi Jinping", aliases: [], articles: 2 },
    ]);
    const events = await db.event.findMany({ include: { _count: { select: { mentions: true, participants: true, statements: true } } } });
    expect(events.map((event) => event._count)).toEqual([{ mentions: 2, participants: 2, statements: 2 }]);
  });

  it.each<[Someone[], Someone[]]>([
    [[{ name: "Putin" }], [{ name: "Vladimir Putin", aliases: ["Putin"], country: "RU" }]], // the later article's full name renames the person the earlier one created
    [[{ name: "Lloyd Austin", country: "US" }], [{ name: "Austin" }]], // a surname alone links to the full name created just before
    [[{ name: "Fumio Kishida" }, { name: "Yuko Kishida" }], [{ name: "Kishida" }]], // two people share the surname: no link
    [[{ name: "Zelensky" }], [{ name: "Volodymyr Zelensky" }, { name: "Olena Zelensky" }]], // two of the later article's people fit the earlier short name: neither takes it
    [[{ name: "David Cameron", country: "GB" }], [{ name: "Cameron", country: "US" }]], // different countries
  ])("stores %j then %j in one batch as two transactions one after the other would", async (first, second) => {
    const oneByOne = await freshDb();
    for (const { input, extraction } of [sketchedReport(first), sketchedReport(second)]) await ingestArticle(oneByOne, input, () => extraction);

    await ingestReports(db, [sketchedReport(first), sketchedReport(second)]);

    expect(await storedPeople(db)).toEqual(await storedPeople(oneByOne));
  });

  it("reports an extraction that cannot be stored with its reason, and stores the rest of the batch without anything of it", async () => {
    const broken = sketchedReport([{ name: "Olaf Scholz" }, { name: "Xi Jinping" }]);
    const { provenance } = broken.extraction.people[0]!;
    broken.extraction.statements.push({ speaker: "Nobody Known", kind: "direct", text: "Olaf Scholz", date: null, countries: [], event: null, provenance });

    const outcomes = await ingestReports(db, [sketchedReport([{ name: "Xi Jinping" }]), broken, sketchedReport([{ name: "Xi Jinping" }, { name: "Emmanuel Macron" }])]);

    expect(outcomes.map(outcomeOf)).toEqual(["created", 'The statement speaker "Nobody Known" is not among the extracted people', "created"]);
    expect(await storedPeople(db)).toEqual([
      { name: "Emmanuel Macron", aliases: [], articles: 1 },
      { name: "Xi Jinping", aliases: [], articles: 2 },
    ]);
    expect(await db.article.count()).toBe(2);
  });

  it("reports an article the database refuses, and stores the rest of the batch one transaction each", async () => {
    // PostgreSQL's text holds no NUL character; nothing before the database looks at a statement's text.
    const refused = sketchedReport([{ name: "Olaf Scholz" }], [{ date: "2024-07-09", participants: ["Olaf Scholz"] }]);
    refused.extraction.statements[0]!.text = "in the news\u0000";

    const outcomes = await ingestReports(db, [sketchedReport([{ name: "Xi Jinping" }]), refused, sketchedReport([{ name: "Emmanuel Macron" }])]);

    expect(outcomes.map(outcomeOf)).toEqual(["created", expect.stringMatching(/unsupported Unicode escape sequence/), "created"]);
    expect(await storedPeople(db)).toEqual([
      { name: "Emmanuel Macron", aliases: [], articles: 1 },
      { name: "Xi Jinping", aliases: [], articles: 1 },
    ]);
    expect(await countRows(db)).toMatchObject({ articles: 2, events: 0, statements: 0 });
  });

  it("stores an article given twice in one batch once, the second time found stored", async () => {
    const xi = sketchedReport([{ name: "Xi Jinping" }]);
    const sameUrl = sketchedReport([{ name: "Emmanuel Macron" }]);
    sameUrl.input.url = "https://example.org/story";
    const changedText = sketchedReport([{ name: "Olaf Scholz" }]);
    changedText.input.url = "https://example.org/story";

    const outcomes = await ingestReports(db, [xi, sameUrl, xi, changedText]);

    expect(outcomes.map(outcomeOf)).toEqual(["created", "created", "unchanged", "unchanged"]);
    expect(await db.article.count()).toBe(2);
    expect(await storedPeople(db)).toEqual([
      { name: "Emmanuel Macron", aliases: [], articles: 1 },
      { name: "Xi Jinping", aliases: [], articles: 1 },
    ]);
  });

  it("finds every article stored when the same batch comes again, and changes nothing", async () => {
    const reports = [sketchedReport([{ name: "Xi Jinping" }], [{ date: "2024-07-09", participants: ["Xi Jinping"] }]), sketchedReport([{ name: "Xi Jinping" }, { name: "Lula" }])];
    await ingestReports(db, reports);
    const before = await countRows(db);

    const again = await ingestReports(db, reports);

    expect(again.map(outcomeOf)).toEqual(["unchanged", "unchanged"]);
    expect(await countRows(db)).toEqual(before);
  });

  it("sends as many SQL statements for a batch of eight new articles as for a batch of two", async () => {
    const testDb = await createTestDb();
    const { db: counted, sql } = createCountingDb(testDb.url);
    const names = ["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Pedro Sánchez", "Donald Tusk", "Mark Rutte", "Ulf Kristersson", "Jonas Gahr Støre"];
    const statementsFor = async (reports: Report[]) => {
      sql.clear();
      await ingestReports(counted, reports);
      return sql.statements.length;
    };
    try {
      await ingestReports(counted, [sketchedReport([{ name: "Xi Jinping" }])]); // the countries are loaded once per client

      const two = await statementsFor(names.slice(0, 2).map((name) => sketchedReport([{ name: "Xi Jinping" }, { name }], [{ date: "2024-07-09", participants: ["Xi Jinping", name] }])));
      const eight = await statementsFor(names.map((name) => sketchedReport([{ name: "Xi Jinping" }, { name }], [{ date: "2024-07-09", participants: ["Xi Jinping", name] }])));

      expect(await counted.statement.count()).toBe(10);
      expect(eight).toBe(two);
      // The look-up of stored articles, BEGIN, the lock, the stored people and events, the ids, every row, COMMIT.
      expect(two).toBe(7);
    } finally {
      await counted.$disconnect();
      await testDb.dispose();
    }
  });
});
