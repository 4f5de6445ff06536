import type { Extraction } from "../extraction/types.ts";
import { onPrismaTransaction, type RunSql } from "../db/sql-transaction.ts";
import type { Article, Prisma } from "../generated/prisma/client.ts";
import { allocateIds, assignIds, realId } from "./allocate-ids.ts";
import { writeRows } from "./article-rows.ts";
import { type FactsToWrite, type IngestCounts, planFacts } from "./fact-plan.ts";
import { loadKnownFacts } from "./known-facts.ts";

export type { IngestCounts } from "./fact-plan.ts";

/** An article's outcome: its counts, with its row when it was new; or why its facts cannot be stored (nothing of it is written). */
export type WrittenFacts = { counts: IngestCounts; article: Article | null } | { error: unknown };

/**
 * Writes several articles' facts (and the new articles themselves) inside the
 * caller's transaction (`run`), which holds the fact writers' lock
 * (src/db/fact-writes.ts), in three statements however many articles: the
 * stored people and events they may name (loadKnownFacts), new ids
 * (allocateIds), then every row at once (writeRows). People and events are
 * resolved as if the articles had been written one after the other, in order:
 * two articles naming a new "Xi Jinping" create one person. An article whose
 * extraction cannot be stored (see FactPlan.add) is left out with its error;
 * the others are written.
 */
export async function writeFacts(run: RunSql, articles: FactsToWrite[]): Promise<WrittenFacts[]> {
  const known = await loadKnownFacts(
    run,
    articles.map((article) => article.extraction),
  );
  const { rows, ids, planned } = planFacts(known, articles);
  if (!planned.some((article) => "counts" in article)) return planned.map((article) => article as { error: unknown });
  const allocated = await allocateIds(run, ids);
  const inserted = new Map((await writeRows(run, assignIds(rows, allocated))).map((article) => [article.id, article]));
  return planned.map((article) =>
    "error" in article ? article : { counts: article.counts, article: inserted.get(realId(allocated, "articles", article.articleId)) ?? null },
  );
}

/**
 * Writes one stored article's extraction inside the caller's transaction (see
 * writeFacts); throws, writing nothing, when it cannot be stored.
 */
export async function writeExtraction(tx: Prisma.TransactionClient, article: Article, extraction: Extraction): Promise<IngestCounts> {
  const [written] = await writeFacts(onPrismaTransaction(tx), [{ article, extraction }]);
  if ("error" in written!) throw written.error;
  return written!.counts;
}
