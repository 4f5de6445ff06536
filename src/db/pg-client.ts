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
