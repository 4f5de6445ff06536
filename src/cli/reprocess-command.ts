import { withDatabase } from "../db/database.ts";
import { type ArticleOutcome, reprocessArticles, type ReprocessSummary } from "../ingest/reprocess.ts";
import { CliError } from "./cli-error.ts";
import { describeCounts } from "./describe-counts.ts";

/**
 * `newsgraph reprocess`: opens the configured database (migrated), then runs the
 * current extractor over every stored article again, one line per article and
 * a summary at the end. Fails (exit code 1) when any article could not be
 * reprocessed; those keep their previous facts.
 */
export async function reprocessCommand(): Promise<void> {
  const summary = await withDatabase((database) =>
    reprocessArticles(database.primary, { onArticle: (outcome) => console.log(describeOutcome(outcome)) }),
  );
  for (const line of describeSummary(summary)) console.log(line);
  if (summary.failures.length > 0) {
    throw new CliError(`${summary.failures.length} of ${summary.articles} articles could not be reprocessed; they keep their previous facts`);
  }
}

/** 'article 3 "Title": 2 people, …' or 'article 3 "Title": failed: why' */
function describeOutcome(outcome: ArticleOutcome): string {
  const article = `article ${outcome.articleId} "${outcome.title}"`;
  return "error" in outcome ? `${article}: failed: ${outcome.error}` : `${article}: ${describeCounts(outcome.counts)}`;
}

function describeSummary({ articles, reprocessed, failures, before, after, corrections }: ReprocessSummary): string[] {
  return [
    `Reprocessed ${reprocessed} of ${articles} articles`,
    `Statements: ${before.statements} → ${after.statements}`,
    `People: ${before.people} → ${after.people}`,
    `Events: ${before.events} → ${after.events}`,
    `Speaker corrections: ${corrections.applied} applied again, ${corrections.unmatched} without their statement`,
    ...failures.map(({ articleId, title, error }) => `Failed: article ${articleId} "${title}": ${error}`),
  ];
}
