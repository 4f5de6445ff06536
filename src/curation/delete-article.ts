import type { Db } from "../db/client.ts";
import { lockFactWrites } from "../db/fact-writes.ts";
import { notifyFactsChanged } from "../db/notifications.ts";
import { CurationError } from "./curation-error.ts";
import { pruneOrphans } from "./prune-orphans.ts";

/** What deleting an article removed: its own rows, and the people and events only it supported. */
export interface DeletedArticle {
  articleId: number;
  title: string;
  statements: number;
  personMentions: number;
  countryMentions: number;
  eventMentions: number;
  speakerCorrections: number;
  people: number;
  events: number;
}

/**
 * Deletes an article in one transaction: its mentions, statements, event
 * mentions and speaker corrections go with it (cascades), then the people and
 * events nothing else supports. Those other articles also report stay.
 */
export async function deleteArticle(db: Db, articleId: number): Promise<DeletedArticle> {
  return db.$transaction(async (tx) => {
    await lockFactWrites(tx);
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        title: true,
        _count: { select: { statements: true, personMentions: true, countryMentions: true, eventMentions: true, speakerCorrections: true } },
      },
    });
    if (!article) throw new CurationError(`No article has id ${articleId}`);
    await tx.article.delete({ where: { id: articleId } });
    const pruned = await pruneOrphans(tx);
    await notifyFactsChanged(tx);
    return { articleId, title: article.title, ...article._count, ...pruned };
  });
}
