import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The database as the application uses it: Prisma's client for writes and most reads, and its
 * node-postgres pool for the hot read paths, which run hand-written SQL on it directly (Prisma's
 * ORM calls cost several times the query itself; see src/graphql/sql/). One pool, so one limit on
 * connections.
 */
export type Db = PrismaClient & { readonly pool: pg.Pool };

/** A Db on the PostgreSQL database at `url`, with a pool of `poolSize` connections. */
export function createDb(url: string, { poolSize = 10 }: { poolSize?: number } = {}): Db {
  return dbOnPool(new pg.Pool({ connectionString: url, max: poolSize }));
}

/** A Db on `pool`; `$disconnect()` ends the pool. */
export function dbOnPool(pool: pg.Pool): Db {
  // An idle connection that the server ended (a restart, a dropped database) is an 'error' event;
  // the pool discards that connection and the next query opens another. Unheard, the event would
  // end the process.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return Object.assign(client, { pool });
}
