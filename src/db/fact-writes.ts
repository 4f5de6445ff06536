import { Prisma } from "../generated/prisma/client.ts";

// Any fixed number: the key of the one lock every process that writes facts takes.
const FACT_WRITES_LOCK = 4_242_001;

/**
 * The lock as an expression, for a statement that takes it along with its own work (ingest's
 * article insert). Held until the transaction ends.
 */
export const factWritesLock: Prisma.Sql = Prisma.sql`pg_advisory_xact_lock(${FACT_WRITES_LOCK}::bigint)`;

/**
 * Waits until no other transaction writing facts is running, in any process, and holds that
 * until this one ends. Ingests resolve people against those already stored: two at once would
 * both create "Xi Jinping" (the second failing on the unique name) or lock rows in opposite
 * orders and deadlock. The wait is short: extraction runs before the transaction starts.
 * Readers never take it (PostgreSQL's MVCC lets them read the last commit). Take it before
 * reading anything that resolves facts.
 */
export async function lockFactWrites(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT ${factWritesLock}`;
}
