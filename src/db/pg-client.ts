import pg from "pg";
import { explainConnectionError } from "./connection-errors.ts";

/**
 * Runs `step` on a connection of its own to `url` (node-postgres, outside Prisma: migrations,
 * administration), closed afterwards. A failure to connect is said in one line.
 */
export async function withClient<T>(url: string, step: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw explainConnectionError(error, url);
  }
  try {
    return await step(client);
  } finally {
    await client.end();
  }
}

/** The URL of `database` on the server of `serverUrl` (same host, user and options). */
export function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Creates `database` on the server of `serverUrl` unless it exists; its URL. */
export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<string> {
  await withClient(serverUrl, async (admin) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) {
      await admin.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
        // 42P04: another process created it first.
        if (error.code !== "42P04") throw error;
      });
    }
  });
  return databaseUrlOn(serverUrl, database);
}
