import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "./client.ts";
import { openEmbeddedCluster } from "./embedded-cluster.ts";
import { migrate } from "./migrate.ts";
import { createDatabaseIfMissing, databaseUrlOn, withClient } from "./pg-client.ts";

const templateName = "newsgraph_template";

export interface TempDb {
  db: Db;
  url: string;
  /** The database's name on its server. */
  name: string;
  /** Disconnects and drops the database. */
  dispose(): Promise<void>;
}

export interface TempServer {
  /** A superuser URL of the server (its `postgres` database), for createTempDb. */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL server of its own in a temporary folder named after `prefix`, with the
 * migrated template ready, for a test run or a benchmark. `settings` are server settings
 * (a test run turns fsync off: a crash there loses nothing anyone needs).
 */
export async function startTempServer(prefix: string, settings: Record<string, string> = {}): Promise<TempServer> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    // As root the server runs as the `postgres` user, which must reach its folder.
    chmodSync(dir, 0o755);
    const cluster = await openEmbeddedCluster(join(dir, "postgres"), { settings });
    const url = cluster.url("postgres");
    await prepareTemplate(url);
    return {
      url,
      async stop() {
        await cluster.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Creates (once) and migrates the template every temporary database on `serverUrl`'s server is copied from. */
async function prepareTemplate(serverUrl: string): Promise<void> {
  await migrate(await createDatabaseIfMissing(serverUrl, templateName));
}

export interface TempDbOptions {
  /** Starts the database's name. */
  prefix?: string;
  /** The database copied: by default the migrated template (`prepareTemplate`); null for an empty database. */
  template?: string | null;
}

/**
 * A fresh database for a test or the benchmark: a copy of the migrated template (startTempServer), which takes
 * milliseconds where migrating takes a second, or of another database of the server.
 */
export async function createTempDb(serverUrl: string, { prefix = "newsgraph_temp", template = templateName }: TempDbOptions = {}): Promise<TempDb> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template === null ? "" : ` TEMPLATE "${template}"`}`));
  const url = databaseUrlOn(serverUrl, name);
  const db = createDb(url);
  return {
    db,
    url,
    name,
    async dispose() {
      await db.$disconnect();
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
