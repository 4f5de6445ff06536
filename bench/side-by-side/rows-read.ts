import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";

/**
 * Rows PostgreSQL has read from the database's own tables so far: sequential-scan rows plus index entries
 * (pg_stat_user_tables.seq_tup_read, pg_stat_user_indexes.idx_tup_read). Catalog reads are not in it.
 *
 * A session publishes its statistics at most once a second, or when it ends; so `client` (a session on the same
 * database, which itself reads none of its tables) waits until it is the database's only session.
 */
export async function rowsReadSoFar(client: pg.Client): Promise<number> {
  for (let tries = 0; ; tries += 1) {
    const { rows } = await client.query<{ others: number }>(
      "SELECT count(*)::int AS others FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    if (rows[0]!.others === 0) break;
    if (tries === 100) throw new Error("Other sessions stayed on the benchmark's database: its read counts would be partial");
    await sleep(50);
  }
  const { rows } = await client.query<{ read: string }>(`
    SELECT (SELECT coalesce(sum(seq_tup_read), 0) FROM pg_stat_user_tables)
         + (SELECT coalesce(sum(idx_tup_read), 0) FROM pg_stat_user_indexes) AS read`);
  return Number(rows[0]!.read);
}
