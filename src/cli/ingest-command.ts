import type { Db } from "../db/client.ts";
import { withDatabase } from "../db/database.ts";
import { extractionFor } from "../ingest/extraction-pool.ts";
import { type Ingested, ingestMany } from "../ingest/ingest-many.ts";
import { type ArticleDefaults, type ArticleSources, openArticleSources, type SourcedArticle } from "./article-sources.ts";
import { CliError } from "./cli-error.ts";
import { type IngestOutcome, type ProgressStreams, startProgress } from "./ingest-progress.ts";
import { addOutcome, describeTally, emptyTally, type IngestTally } from "./ingest-tally.ts";

/**
 * `newsgraph ingest PATH…`: stores every article under PATHS with its facts,
 * once, then prints a summary. One bad article never stops the others, but
 * any failure makes the command fail (exit code 1).
 */
export async function ingestCommand(paths: string[], options: ArticleDefaults): Promise<void> {
  const sources = await openArticleSources(paths, options, process.stdin);
  if (sources.total === 0) throw new CliError(`no article files in ${paths.join(", ")}: folders are searched for .txt and .jsonl files`);
  if ((options.url !== undefined || options.source !== undefined) && sources.total !== 1) {
    throw new CliError(`--url and --source describe one article, but ${paths.join(", ")} hold ${sources.total}`, 2);
  }
  const tally = await withDatabase((database) =>
    ingestSources(database.primary, sources, { out: process.stdout, err: process.stderr }),
  );
  for (const line of describeTally(tally)) console.log(line);
  if (tally.failures.length > 0) throw new CliError(`${tally.failures.length} of ${sources.total} articles failed`);
}

/** Ingests the articles, showing progress on `streams` in their order; many are extracted on worker threads (see extractionFor). */
export async function ingestSources(db: Db, sources: ArticleSources, streams: ProgressStreams): Promise<IngestTally> {
  const tally = emptyTally();
  const progress = startProgress(sources.total, streams);
  const extraction = extractionFor(sources.total);
  try {
    const articleOf = (sourced: SourcedArticle) => ("article" in sourced ? sourced.article : undefined);
    for await (const ingested of ingestMany(db, sources.articles(), articleOf, { extract: extraction.extract })) {
      progress.starting(ingested.item.origin);
      const outcome = outcomeOf(ingested);
      addOutcome(tally, outcome);
      progress.finished(outcome);
    }
  } finally {
    progress.stop();
    await extraction.close();
  }
  return tally;
}

function outcomeOf(ingested: Ingested<SourcedArticle>): IngestOutcome {
  const { item } = ingested;
  const { origin } = item;
  if ("error" in item) return { origin, status: "failed", reason: item.error };
  if ("result" in ingested) {
    const { article, created, counts } = ingested.result;
    return created ? { origin, status: "ingested", title: article.title, counts } : { origin, status: "unchanged", title: article.title };
  }
  const error = "error" in ingested ? ingested.error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return { origin, status: "failed", reason: message.replace(/\s*\n\s*/g, " ") };
}
