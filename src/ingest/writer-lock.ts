import { Prisma } from "../generated/prisma/client.ts";

// Any constant shared by every Newsgraph process: the advisory lock that serialises extraction writers.
const WRITER_LOCK = 7_263_002;

/**
 * Writers of extractions take turns, from their first read to their commit:
 * two processes naming the same new person at once would otherwise both create
 * them (or one fail on the unique name), and each resolves people and events
 * against what the others committed, as one writer after the other would.
 * Held until the transaction ends; read nothing that resolves facts before it.
 */
export async function takeWriterLock(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT ${writerLock}`;
}

/** The lock as an expression, for a statement that takes it along with its own work. */
export const writerLock: Prisma.Sql = Prisma.sql`pg_advisory_xact_lock(${WRITER_LOCK}::bigint)`;
