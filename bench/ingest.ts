import { performance } from "node:perf_hooks";
import type { Db } from "../src/db/client.ts";
import { builtLibrary, type Library } from "./built.ts";
import type { BenchArticle } from "./corpus.ts";
import { samplePeakRss, type Timings, timeEach } from "./measure.ts";
import { createCountingDb } from "../src/db/counting-db.ts";

export interface RunTimings {
  count: number;
  totalMs: number;
  perSecond: number;
  /** SQL statements sent per article, BEGIN and COMMIT included. */
  statementsPerArticle: number;
}

export interface IngestBench {
  /** `extractArticle` alone on the same texts, on one thread: the floor ingest is compared with. */
  extractOnly: Timings;
  /** The corpus into an empty database, as `newsgraph ingest` does it: workers started when needed, their start included. */
  ingest: RunTimings;
  /** The same articles again: each is found stored, and nothing is extracted or written. */
  reingest: RunTimings;
  /** The process's resident set, worker threads included, before the ingest runs and at their peak. */
  startRssMb: number;
  peakRssMb: number;
  rows: Record<string, number>;
}

/** Ingests `articles` into the empty database at `url`, then once more; fails unless every article is new the first time and unchanged the second. */
export async function benchIngest(url: string, articles: readonly BenchArticle[]): Promise<IngestBench> {
  // Extraction and ingest as the build runs them (bench/built.ts).
  const library = await builtLibrary();
  const { extractArticle } = library;
  // The first extraction loads the lexicons (city list, given names): a one-off start-up cost, not per article.
  if (articles[0]) extractArticle(articles[0]);
  const extractOnly = await timeEach(articles, (article) => extractArticle(article));
  const startRssMb = process.memoryUsage.rss() / 1024 / 1024;
  const rss = samplePeakRss();
  // Statements counted as node-postgres sends them, BEGIN and COMMIT included: each is a round trip.
  const { db, sql } = createCountingDb(url);
  const statements = () => sql.statements.length;
  try {
    const ingest = await timeRun(library, db, statements, articles, true);
    const reingest = await timeRun(library, db, statements, articles, false);
    return { extractOnly, ingest, reingest, startRssMb, peakRssMb: rss.stop(), rows: await countRows(db) };
  } finally {
    await db.$disconnect();
  }
}

async function timeRun({ extractionFor, ingestMany }: Library, db: Db, statements: () => number, articles: readonly BenchArticle[], expectNew: boolean): Promise<RunTimings> {
  const statementsBefore = statements();
  const start = performance.now();
  const extraction = extractionFor(articles.length);
  try {
    for await (const ingested of ingestMany(db, articles, (article) => article, { extract: extraction.extract })) {
      if ("error" in ingested) throw ingested.error;
      if (!("result" in ingested) || ingested.result.created !== expectNew) {
        throw new Error(`${ingested.item.url} was ${expectNew ? "already stored: the corpus repeats an article" : "stored a second time"}`);
      }
    }
  } finally {
    await extraction.close();
  }
  const totalMs = performance.now() - start;
  return { count: articles.length, totalMs, perSecond: (articles.length / totalMs) * 1000, statementsPerArticle: (statements() - statementsBefore) / articles.length };
}

async function countRows(db: Db): Promise<Record<string, number>> {
  const [articles, people, statements, events, personMentions, countryMentions] = await Promise.all([
    db.article.count(),
    db.person.count(),
    db.statement.count(),
    db.event.count(),
    db.personMention.count(),
    db.countryMention.count(),
  ]);
  return { articles, people, statements, events, personMentions, countryMentions };
}
