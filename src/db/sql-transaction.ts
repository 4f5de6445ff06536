import type pg from "pg";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Runs one statement inside a transaction and gives its rows. Its rows should
 * hold only what both runners read alike: text, numbers, booleans, arrays of
 * them and json. node-postgres reads a `timestamp` as local time, Prisma as
 * UTC; send one as json (a string) instead.
 */
export type RunSql = <Row>(sql: Prisma.Sql) => Promise<Row[]>;

/** Statements on a Prisma transaction's connection. */
export const onPrismaTransaction =
  (tx: Prisma.TransactionClient): RunSql =>
  (sql) =>
    tx.$queryRaw(sql);

/**
 * Runs `work` in a transaction on a connection of the pool, straight through
 * node-postgres. For writes with large parameters: Prisma serialises and
 * compiles every raw statement's parameters again (tens of milliseconds for a
 * batch of articles' rows as JSON), node-postgres sends them as they are.
 */
export async function inPoolTransaction<T>(pool: pg.Pool, work: (run: RunSql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(async (sql) => (await client.query(sql.text, sql.values)).rows);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped rather than handed to the next caller.
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
