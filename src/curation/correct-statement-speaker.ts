import type { Db } from "../db/client.ts";
import { lockFactWrites } from "../db/fact-writes.ts";
import { notifyFactsChanged } from "../db/notifications.ts";
import type { Statement } from "../generated/prisma/client.ts";
import { CurationError } from "./curation-error.ts";
import { pruneOrphans } from "./prune-orphans.ts";

/**
 * Makes `speakerId` the speaker of statement `statementId`, in one
 * transaction, and records the correction against the statement's article and
 * span so that reprocessing applies it again. The previous speaker is deleted
 * when nothing else supports them.
 */
export async function correctStatementSpeaker(db: Db, statementId: number, speakerId: number): Promise<Statement> {
  return db.$transaction(async (tx) => {
    await lockFactWrites(tx);
    const statement = await tx.statement.findUnique({ where: { id: statementId } });
    if (!statement) throw new CurationError(`No statement has id ${statementId}`);
    if (!(await tx.person.findUnique({ where: { id: speakerId }, select: { id: true } }))) {
      throw new CurationError(`No person has id ${speakerId}`);
    }
    const { articleId, start, end, text } = statement;
    await tx.speakerCorrection.upsert({
      where: { articleId_start_end: { articleId, start, end } },
      create: { articleId, start, end, text, speakerId },
      update: { text, speakerId },
    });
    const corrected = await tx.statement.update({ where: { id: statementId }, data: { speakerId } });
    await pruneOrphans(tx);
    await notifyFactsChanged(tx);
    return corrected;
  });
}
