import { type Env, loadEnv } from "../env.ts";
import { createDb, type Db } from "./client.ts";
import { openEmbeddedCluster } from "./embedded-cluster.ts";
import { migrate } from "./migrate.ts";
import { createDatabaseIfMissing } from "./pg-client.ts";

/** The database name Newsgraph uses on its embedded cluster. */
const EMBEDDED_DATABASE = "newsgraph";

/** The configured database, open and migrated. */
export interface Database {
  /** Writes, and every read that must see them (inside a mutation, after an ingest). */
  readonly primary: Db;
  /** Where a query reads: the next replica in turn, or the primary when there is none. */
  reader(): Db;
  /** The primary's URL for what needs a session of its own (migrations, LISTEN): no transaction pooler between. */
  readonly url: string;
  /** Disconnects; an embedded server stops when no other process uses it. */
  close(): Promise<void>;
}

/**
 * The one way to open the database, for every command and the server: DATABASE_URL's server,
 * or the embedded cluster on NEWSGRAPH_DATA_DIR (found running, else started); migrated; with
 * DATABASE_REPLICA_URLS as readers.
 */
export async function openDatabase(env: Env = loadEnv()): Promise<Database> {
  const cluster = env.DATABASE_URL ? undefined : await openEmbeddedCluster(env.NEWSGRAPH_DATA_DIR);
  try {
    const url = env.DATABASE_URL ?? (await createDatabaseIfMissing(cluster!.url("postgres"), EMBEDDED_DATABASE));
    const directUrl = env.DATABASE_DIRECT_URL ?? url;
    // Its connection is the first: a server that cannot be reached is explained there (withClient).
    await migrate(directUrl);
    return databaseOn(url, env.DATABASE_REPLICA_URLS, { directUrl, onClose: async () => cluster?.release() });
  } catch (error) {
    await cluster?.release();
    throw error;
  }
}

/** Runs `step` on the configured database, closing it afterwards whatever happens. */
export async function withDatabase<T>(step: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await step(database);
  } finally {
    await database.close();
  }
}

/**
 * A Database on `url`, with `replicaUrls` as its readers. `directUrl` reaches the same primary
 * without a pooler (default `url`); `onClose` runs after its clients disconnect.
 */
export function databaseOn(
  url: string,
  replicaUrls: string[] = [],
  { directUrl = url, onClose = async () => {} }: { directUrl?: string; onClose?: () => Promise<void> } = {},
): Database {
  const primary = createDb(url);
  const replicas = replicaUrls.map((replicaUrl) => createDb(replicaUrl));
  let next = 0;
  return {
    primary,
    url: directUrl,
    reader: () => (replicas.length === 0 ? primary : replicas[(next = (next + 1) % replicas.length)]!),
    async close() {
      await Promise.all([primary, ...replicas].map((db) => db.$disconnect()));
      await onClose();
    },
  };
}

/** A Database whose reads and writes all go to `db` (one server, no replicas), for tests and the benchmark. */
export function singleDatabase(db: Db, url: string): Database {
  return { primary: db, reader: () => db, url, close: () => db.$disconnect() };
}
