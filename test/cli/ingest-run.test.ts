import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openArticleSources } from "../../src/cli/article-sources.ts";
import { ingestSources } from "../../src/cli/ingest-command.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { Capture, forestLine, grainVisit, harbourLine, jsonLine, oceanTalks, patrolCall, removeTrees, writeTree } from "./ingest-fixtures.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.dispose();
  removeTrees();
});

async function ingest(paths: string[], err = new Capture()) {
  const out = new Capture();
  const sources = await openArticleSources(paths, { date: "2024-01-15" }, Readable.from([]));
  const tally = await ingestSources(testDb.db, sources, { out, err });
  return { tally, lines: out.text.split("\n").filter(Boolean) };
}

// The tests share one database and build on each other: they run in order.
describe("ingestSources", () => {
  const root = writeTree({
    "desk/oslo.txt": oceanTalks,
    "desk/canberra.txt": patrolCall,
    "desk/wire.jsonl": `${harbourLine}{"title": "No body"}\n${jsonLine({ title: "Bell", text: "A bell rang\u0007 twice.\n" })}`,
    "later/cairo.txt": grainVisit,
    "later/forest.jsonl": forestLine,
  });
  const desk = join(root, "desk");

  it("stores every good article, and keeps going past a bad line and an article the database refuses", async () => {
    const { tally, lines } = await ingest([desk]);

    expect(tally).toEqual({
      ingested: 3,
      unchanged: 0,
      failures: [
        { origin: `${desk}/wire.jsonl:2`, reason: "text must be a string" },
        { origin: `${desk}/wire.jsonl:3`, reason: "Invalid article: text contains binary control characters" },
      ],
    });
    expect(lines.map((line) => line.replace(`${desk}/`, ""))).toEqual([
      expect.stringMatching(/^ingested canberra\.txt: Australia and Japan talk patrols by phone \(\d+ people, /),
      expect.stringMatching(/^ingested oslo\.txt: Norway and Chile agree on joint ocean research \(\d+ people, /),
      expect.stringMatching(/^ingested wire\.jsonl:1: Portugal and Morocco open a ferry line \(\d+ people, /),
      "failed wire.jsonl:2: text must be a string",
      "failed wire.jsonl:3: Invalid article: text contains binary control characters",
    ]);
    const stored = await testDb.db.article.findMany({ orderBy: { id: "asc" }, select: { title: true, publishedAt: true, url: true, source: true } });
    expect(stored).toEqual([
      { title: "Australia and Japan talk patrols by phone", publishedAt: new Date("2024-02-05T00:00:00Z"), url: null, source: null },
      { title: "Norway and Chile agree on joint ocean research", publishedAt: new Date("2024-01-15T00:00:00Z"), url: null, source: null },
      { title: "Portugal and Morocco open a ferry line", publishedAt: new Date("2024-04-10T00:00:00Z"), url: "https://example.org/ferry", source: "Coastal Wire" },
    ]);
  });

  it("finds everything stored on a second run and changes nothing", async () => {
    const before = await testDb.db.statement.count();

    const { tally, lines } = await ingest([desk]);

    expect(tally).toMatchObject({ ingested: 0, unchanged: 3 });
    expect(tally.failures).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("unchanged "))).toHaveLength(3);
    expect(await testDb.db.article.count()).toBe(3);
    expect(await testDb.db.statement.count()).toBe(before);
  });

  it("draws the bar on a terminal through to the last article", async () => {
    const err = new Capture(120);

    const { tally, lines } = await ingest([join(root, "later")], err);

    expect(tally).toEqual({ ingested: 2, unchanged: 0, failures: [] });
    expect(lines).toEqual([]);
    expect(err.frames().at(-1)).toMatch(/^ingesting \[={30}\] 2\/2 \| ETA \S+ \| 0 failed \| .*later\/forest\.jsonl:1$/);
    expect(await testDb.db.article.count()).toBe(5);
  });
});
