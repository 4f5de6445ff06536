import { type Env, loadEnv } from "../env.ts";
import { createDb, type Db, type PoolOptions } from "./client.ts";
import { openEmbeddedCluster } from "./embedded-cluster.ts";
import { migrate } from "./migrate.ts";
import { createDatabaseIfMissing } from "./pg-client.ts";

/** The database name Newsgraph uses on its embedded cluster. */
const EMBEDDED_DATABASE = "newsgraph";

/** The configured database, open and migrated. */
export interface Database {
  /** Writes, and every read that must see them (inside a mutation, after an ingest). */
  readonly primary: Db;
  /**
   * Where a query reads: the next replica in turn, or the primary when there is none, through a
   * pool of its own, so that writes holding every connection of theirs never hold up a read.
   */
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
    return databaseOn(url, env.DATABASE_REPLICA_URLS, {
      directUrl,
      onClose: async () => cluster?.release(),
      writes: { poolSize: env.NEWSGRAPH_WRITE_POOL_SIZE },
      reads: { poolSize: env.NEWSGRAPH_POOL_SIZE, timeoutMs: env.NEWSGRAPH_REQUEST_TIMEOUT_MS },
    });
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

export interface DatabaseOptions {
  /** The same primary without a pooler; default `url`. */
  directUrl?: string;
  /** Runs after the clients disconnect. */
  onClose?: () => Promise<void>;
  /** The primary's pool for writes. */
  writes?: PoolOptions;
  /** Each reader's pool (the primary's second pool, or each replica's). */
  reads?: PoolOptions;
}

/** A Database on `url`, with `replicaUrls` as its readers (the primary itself when there is none). */
export function databaseOn(
  url: string,
  replicaUrls: string[] = [],
  { directUrl = url, onClose = async () => {}, writes = { poolSize: 4 }, reads = { poolSize: 10 } }: DatabaseOptions = {},
): Database {
  const primary = createDb(url, writes);
  const readers = (replicaUrls.length === 0 ? [url] : replicaUrls).map((readerUrl) => createDb(readerUrl, reads));
  let next = 0;
  return {
    primary,
    url: directUrl,
    reader: () => readers[(next = (next + 1) % readers.length)]!,
    async close() {
      await Promise.all([primary, ...readers].map((db) => db.$disconnect()));
      await onClose();
    },
  };
}

/** A Database whose reads and writes all go to `db` (one server, no replicas), for tests and the benchmark. */
export function singleDatabase(db: Db, url: string): Database {
  return { primary: db, reader: () => db, url, close: () => db.$disconnect() };
}
