import type { Db } from "../src/db/client.ts";
import { extractArticle } from "../src/extraction/index.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import type { BenchArticle } from "./corpus.ts";
import { samplePeakRss, type Timings, timeEach } from "./measure.ts";

export interface IngestBench {
  /** `extractArticle` alone on the same texts: what ingesting costs before the database. */
  extractOnly: Timings;
  ingest: Timings;
  /** The same articles again: each is found stored and nothing is written. */
  reingest: Timings;
  startRssMb: number;
  peakRssMb: number;
  rows: Record<string, number>;
}

/** Ingests `articles` into `db` (fresh) through `ingestArticle`, then once more; fails unless every article is new the first time and unchanged the second. */
export async function benchIngest(db: Db, articles: readonly BenchArticle[]): Promise<IngestBench> {
  const startRssMb = process.memoryUsage.rss() / 1024 / 1024;
  const rss = samplePeakRss();
  // The first extraction loads the lexicons (city list, given names): a one-off start-up cost, not per article.
  if (articles[0]) extractArticle(articles[0]);
  const extractOnly = await timeEach(articles, (article) => {
    extractArticle(article);
    rss.sample();
  });
  const ingest = await timeEach(articles, async (article) => {
    const { created } = await ingestArticle(db, article);
    if (!created) throw new Error(`${article.url} was already stored: the corpus repeats an article`);
    rss.sample();
  });
  const reingest = await timeEach(articles, async (article) => {
    const { created } = await ingestArticle(db, article);
    if (created) throw new Error(`${article.url} was stored a second time`);
  });
  return { extractOnly, ingest, reingest, startRssMb, peakRssMb: rss.stop(), rows: await countRows(db) };
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
