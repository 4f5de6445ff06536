import type { Db } from "../db/client.ts";
import { factWritesLock } from "../db/fact-writes.ts";
import { inPoolTransaction } from "../db/sql-transaction.ts";
import type { Extraction } from "../extraction/types.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { ensureCountriesOnce } from "./countries.ts";
import type { IngestResult, PreparedArticle } from "./ingest-article.ts";
import { utcDate } from "./utc-date.ts";
import { writeFacts } from "./write-extraction.ts";

export interface ExtractedArticle {
  article: PreparedArticle;
  extraction: Extraction;
}

export type StoreOutcome = { result: IngestResult } | { error: unknown };

/**
 * Writes new articles and their extractions, all in one transaction (see
 * writeFacts), and returns each one's outcome in order. An article whose
 * extraction cannot be stored fails alone. When the database refuses the
 * whole batch (a row it rejects, another writer that stored one of the
 * articles since `findStored` was asked), each article is written again in a
 * transaction of its own, so that only the one at fault fails. An article
 * repeating an earlier one of the batch (its content hash or URL) is written
 * after them, and so found stored. Never throws: a failure is the outcome of
 * the articles it concerns. Each commit notifies every listening server
 * (`statementAdded`).
 */
export async function storeArticles(db: Db, articles: ExtractedArticle[]): Promise<StoreOutcome[]> {
  try {
    await ensureCountriesOnce(db);
  } catch (error) {
    return articles.map(() => ({ error }));
  }
  const { firsts, repeats } = splitRepeats(articles);
  const outcomes = new Map<ExtractedArticle, StoreOutcome>();
  try {
    const written = firsts.length === 1 ? [await storeAlone(db, firsts[0]!)] : await storeTogether(db, firsts);
    firsts.forEach((article, i) => outcomes.set(article, written[i]!));
  } catch {
    for (const article of firsts) outcomes.set(article, await storeAlone(db, article));
  }
  for (const article of repeats) outcomes.set(article, await storeAlone(db, article));
  return articles.map((article) => outcomes.get(article)!);
}

/** The articles whose content hash and URL no earlier one of the list has, and the others. */
function splitRepeats(articles: ExtractedArticle[]): { firsts: ExtractedArticle[]; repeats: ExtractedArticle[] } {
  const seen = new Set<string>();
  const firsts: ExtractedArticle[] = [];
  const repeats: ExtractedArticle[] = [];
  for (const entry of articles) {
    const keys = [`hash ${entry.article.contentHash}`, ...(entry.article.url ? [`url ${entry.article.url}`] : [])];
    (keys.some((key) => seen.has(key)) ? repeats : firsts).push(entry);
    for (const key of keys) seen.add(key);
  }
  return { firsts, repeats };
}

/** Throws when the database refuses any of the rows: the transaction then leaves nothing. */
async function storeTogether(db: Db, articles: ExtractedArticle[]): Promise<StoreOutcome[]> {
  if (articles.length === 0) return [];
  return inPoolTransaction(db.pool, async (run) => {
    // Its own statement: the next one's snapshot must be taken once the lock is held.
    await run(Prisma.sql`SELECT ${factWritesLock}`);
    const written = await writeFacts(
      run,
      articles.map(({ article: { contentHash, url = null, title, source = null, text, publishedAt }, extraction }) => ({
        article: { contentHash, url, title, source, text, publishedAt: utcDate(publishedAt) },
        extraction,
      })),
    );
    return written.map((outcome) => ("error" in outcome ? outcome : { result: { article: outcome.article!, created: true, counts: outcome.counts } }));
  });
}

/** One article in a transaction of its own. When another writer stored the same article since `findStored` was asked, that one is its result. */
async function storeAlone(db: Db, article: ExtractedArticle): Promise<StoreOutcome> {
  try {
    const [outcome] = await storeTogether(db, [article]);
    return outcome!;
  } catch (error) {
    // The database itself failing (gone away) is this article's failure too: the outcome, never a throw.
    const [racedTo] = isUniqueViolation(error) ? await findStored(db, [article.article]).catch(() => [null]) : [null];
    return racedTo ? { result: racedTo } : { error };
  }
}

/**
 * For each article, the stored one with the same content hash, else the same
 * URL, with its facts counted; null when there is none. One query for them all.
 */
export async function findStored(db: Db, articles: Pick<PreparedArticle, "contentHash" | "url">[]): Promise<(IngestResult | null)[]> {
  if (articles.length === 0) return [];
  const urls = articles.flatMap((article) => (article.url ? [article.url] : []));
  const rows = await db.article.findMany({
    where: { OR: [{ contentHash: { in: articles.map((article) => article.contentHash) } }, ...(urls.length > 0 ? [{ url: { in: urls } }] : [])] },
    include: { _count: { select: { personMentions: true, statements: true, eventMentions: true, countryMentions: true } } },
  });
  return articles.map(({ contentHash, url }) => {
    const found = rows.find((row) => row.contentHash === contentHash) ?? (url ? rows.find((row) => row.url === url) : undefined);
    if (!found) return null;
    const { _count, ...article } = found;
    return {
      article,
      created: false,
      counts: {
        people: _count.personMentions,
        statements: _count.statements,
        events: _count.eventMentions,
        countries: _count.countryMentions,
      },
    };
  });
}

/** PostgreSQL's unique_violation, as node-postgres reports it. */
const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === "23505";
