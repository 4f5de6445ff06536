import { createDb } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { databaseUrl, loadEnv } from "../env.ts";
import { ingestArticle } from "../ingest/ingest-article.ts";
import { readArticle } from "./article-source.ts";
import { describeCounts } from "./describe-counts.ts";

/** `newsgraph ingest FILE`: extracts one article and stores it with its facts, unless it is stored already. */
export async function ingestCommand(file: string, options: { date?: string; url?: string; source?: string }): Promise<void> {
  const { title, text, publishedAt } = await readArticle(file, options.date);
  const dbUrl = databaseUrl(loadEnv());
  await migrate(dbUrl);
  const db = createDb(dbUrl);
  try {
    const { article, created, counts } = await ingestArticle(db, { title, text, publishedAt, url: options.url, source: options.source });
    console.log(
      created
        ? `Stored article ${article.id} "${article.title}" (${describeCounts(counts)})`
        : `Already stored as article ${article.id} "${article.title}": nothing changed`,
    );
  } finally {
    await db.$disconnect();
  }
}
