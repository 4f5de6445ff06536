import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { withClient } from "./pg-client.ts";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

// Any constant shared by every Newsgraph process: the advisory lock that serialises migrations.
const MIGRATION_LOCK = 7_263_001;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file, as Prisma records it. */
  checksum: string;
}

/** The migrations under prisma/migrations, oldest first. */
export function migrations(): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Applies the pending migrations to the database at `url`, each in a transaction of its own, and
 * records them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so that either can
 * take over from the other. In-process, instead of spawning Prisma's CLI (a second or more per
 * command): a few queries when nothing is pending. Processes starting together are serialised by
 * an advisory lock; the second finds the work done. Returns the names applied.
 */
export async function migrate(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const wanted = migrations();
    // Taken first: even CREATE TABLE IF NOT EXISTS fails when two sessions run it at once.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      const todo = await pending(client, wanted);
      for (const migration of todo) await apply(client, migration);
      return todo.map(({ name }) => name);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}

async function pending(client: pg.Client, wanted: Migration[]): Promise<Migration[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"            VARCHAR(64) NOT NULL,
      "finished_at"         TIMESTAMPTZ,
      "migration_name"      VARCHAR(255) NOT NULL,
      "logs"                TEXT,
      "rolled_back_at"      TIMESTAMPTZ,
      "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  const known = new Set(wanted.map(({ name }) => name));
  const unknown = rows.find((row) => !known.has(row.migration_name));
  if (unknown) {
    throw new Error(`The database was migrated by a newer Newsgraph (migration ${unknown.migration_name} is not in this version)`);
  }
  for (const { name, checksum } of wanted) {
    const row = applied.get(name);
    if (row && row.finished_at === null) throw new Error(`Migration ${name} failed on this database earlier and needs a person to repair it`);
    if (row && row.checksum !== checksum) throw new Error(`Migration ${name} was edited after it was applied to this database`);
  }
  return wanted.filter(({ name }) => !applied.has(name));
}

async function apply(client: pg.Client, { name, sql, checksum }: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    // Without parameters the whole file runs as one simple query: PL/pgSQL bodies stay whole.
    await client.query(sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), checksum, name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
  }
}
