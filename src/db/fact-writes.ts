import type { Prisma } from "../generated/prisma/client.ts";

// Any fixed number: the key of the one lock every process that writes facts takes.
const factWritesLock = 4_242_001;

/**
 * Waits until no other transaction writing facts is running, in any process, and holds that
 * until this one ends. Ingests resolve people against those already stored: two at once would
 * both create "Xi Jinping" (the second failing on the unique name) or lock rows in opposite
 * orders and deadlock. The wait is short: extraction runs before the transaction starts.
 * Readers never take it (PostgreSQL's MVCC lets them read the last commit).
 */
export async function lockFactWrites(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${factWritesLock}::bigint)`;
}
