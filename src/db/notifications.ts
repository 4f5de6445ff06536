import pg from "pg";
import { Prisma } from "../generated/prisma/client.ts";

// PostgreSQL delivers a NOTIFY to every listening connection of the database once the transaction
// that sent it commits, and never when it rolls back: every process that stores an article tells
// every server, and only about what is really stored.
const channel = "newsgraph_article_stored";
// Facts that changed without a new article: reprocessing and curation. Readers' caches drop what they hold.
const factsChannel = "newsgraph_facts_changed";

/**
 * The notice, as an expression of the statement that stores article `articleId` (a column of
 * it): listeners hear of the article when its transaction commits.
 */
export const notifyArticleStored = (articleId: Prisma.Sql): Prisma.Sql => Prisma.sql`pg_notify(${channel}, ${articleId}::text)`;

/** Inside a transaction that changes stored facts without storing an article (reprocess, curation). */
export async function notifyFactsChanged(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${factsChannel}, '')`;
}

export interface ArticleListener {
  /** Resolves once LISTEN is in force: articles committed from then on are heard. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Calls `onArticle` with the id of every article stored by any process from now on, and
 * `onFactsChanged` after each reprocessed article or curation. A lost connection (a server restart)
 * is opened again after a second; what changed in between is missed.
 */
export function listenForStoredArticles(
  url: string,
  onArticle: (articleId: number) => void,
  onFactsChanged: () => void = () => {},
): ArticleListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const reopenSoon = () => {
    if (!closed) retry = setTimeout(() => void open().catch(reopenSoon), 1_000);
  };

  const open = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", ({ channel: heard, payload }) => {
      if (heard === channel && payload) onArticle(Number(payload));
      if (heard === factsChannel) onFactsChanged();
    });
    next.on("error", () => {
      void next.end().catch(() => {});
      reopenSoon();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}; LISTEN ${factsChannel}`);
    client = next;
    if (closed) await next.end();
  };

  return {
    ready: open(),
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
