import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "../src/db/client.ts";
import { PrismaClient } from "../src/generated/prisma/client.ts";

/**
 * A Prisma client on `url` that counts the statements node-postgres sends, BEGIN and COMMIT
 * included: each is a round trip to the server.
 */
export function countingDb(url: string): { db: Db; statements(): number; close(): Promise<void> } {
  let count = 0;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      count += 1;
      return query(...args);
    }) as typeof client.query;
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    statements: () => count,
    // The adapter leaves a pool it was given open.
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
