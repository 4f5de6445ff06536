import { pruneOrphans } from "../curation/prune-orphans.ts";
import { reapplyMerges, reapplySpeakerCorrections } from "../curation/reapply-curation.ts";
import type { Db } from "../db/client.ts";
import { lockFactWrites } from "../db/fact-writes.ts";
import { notifyFactsChanged } from "../db/notifications.ts";
import { extractArticle } from "../extraction/index.ts";
import { ensureCountries } from "./countries.ts";
import type { Extractor } from "./ingest-article.ts";
import { articlesReprocessed, extractionSeconds } from "./ingest-metrics.ts";
import { type IngestCounts, writeExtraction } from "./write-extraction.ts";

export interface FactCounts {
  statements: number;
  people: number;
  events: number;
}

/** One article's outcome, as it happens: its new counts, or why it kept its old facts. */
export type ArticleOutcome = { articleId: number; title: string } & ({ counts: IngestCounts } | { error: string });

export interface ReprocessSummary {
  articles: number;
  reprocessed: number;
  failures: { articleId: number; title: string; error: string }[];
  before: FactCounts;
  after: FactCounts;
  corrections: { applied: number; unmatched: number };
}

export interface ReprocessOptions {
  extract?: Extractor;
  onArticle?: (outcome: ArticleOutcome) => void;
}

/**
 * Runs the extractor again over every stored article, oldest first, so that
 * people are resolved in the order they were first ingested. Each article is
 * one transaction: its derived facts (mentions, statements, event mentions)
 * are replaced, curated merges and speaker corrections applied again, and
 * people and events nothing supports any more deleted. An article that fails
 * keeps its previous facts and is reported; the others go on.
 */
export async function reprocessArticles(db: Db, { extract = extractArticle, onArticle }: ReprocessOptions = {}): Promise<ReprocessSummary> {
  await ensureCountries(db);
  const before = await countFacts(db);
  const articles = await db.article.findMany({ select: { id: true, title: true }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }] });
  const failures: ReprocessSummary["failures"] = [];
  const corrections = { applied: 0, unmatched: 0 };
  for (const { id: articleId, title } of articles) {
    try {
      const { counts, reapplied } = await reprocessArticle(db, articleId, extract);
      corrections.applied += reapplied.applied;
      corrections.unmatched += reapplied.unmatched;
      articlesReprocessed.inc({ outcome: "reprocessed" });
      onArticle?.({ articleId, title, counts });
    } catch (error) {
      articlesReprocessed.inc({ outcome: "failed" });
      const failure = { articleId, title, error: reason(error) };
      failures.push(failure);
      onArticle?.(failure);
    }
  }
  return { articles: articles.length, reprocessed: articles.length - failures.length, failures, before, after: await countFacts(db), corrections };
}

async function reprocessArticle(db: Db, articleId: number, extract: Extractor) {
  // Read outside the transaction, where it needs no lock: extraction takes the longest.
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const stopTimer = extractionSeconds.startTimer();
  const extraction = extract({ title: article.title, text: article.text, publishedAt: article.publishedAt.toISOString().slice(0, 10) });
  stopTimer();
  return db.$transaction(
    async (tx) => {
      await lockFactWrites(tx);
      const where = { articleId };
      await tx.personMention.deleteMany({ where });
      await tx.countryMention.deleteMany({ where });
      await tx.statement.deleteMany({ where });
      await tx.eventMention.deleteMany({ where });
      const counts = await writeExtraction(tx, article, extraction);
      await reapplyMerges(tx, articleId);
      const reapplied = await reapplySpeakerCorrections(tx, articleId);
      await pruneOrphans(tx);
      await notifyFactsChanged(tx);
      return { counts, reapplied };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

async function countFacts(db: Db): Promise<FactCounts> {
  const [statements, people, events] = await Promise.all([db.statement.count(), db.person.count(), db.event.count()]);
  return { statements, people, events };
}

/** One line. Prisma's messages open with a code frame of the failing call; their last line is the cause. */
function reason(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
  return (error instanceof Error && error.name.startsWith("PrismaClient") ? lines.slice(-1) : lines).join(" ");
}
