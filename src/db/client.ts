import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The database as the application uses it: Prisma's client for writes and most reads, and its
 * node-postgres pool for the hot read paths, which run hand-written SQL on it directly (Prisma's
 * ORM calls cost several times the query itself; see src/graphql/sql/). One pool per Db, so one
 * limit on its connections.
 */
export type Db = PrismaClient & { readonly pool: pg.Pool };

/** Connections in a server process's read pool by default (README, Scaling out, counts them). */
export const DEFAULT_POOL_SIZE = 10;

export interface PoolOptions {
  /** Connections the pool opens at most. */
  poolSize?: number;
  /**
   * PostgreSQL's `statement_timeout` for every statement on the pool's connections, and how long
   * a caller waits for a free connection: both unbounded when unset.
   */
  timeoutMs?: number;
}

/** A Db on the PostgreSQL database at `url`, through a node-postgres pool. */
export function createDb(url: string, { poolSize = DEFAULT_POOL_SIZE, timeoutMs }: PoolOptions = {}): Db {
  // statement_timeout is sent when each connection opens, so the server itself cancels a statement
  // that runs too long (a client-side query_timeout would stop waiting and leave it running).
  const bounded = timeoutMs === undefined ? {} : { statement_timeout: timeoutMs, connectionTimeoutMillis: timeoutMs };
  return dbOnPool(new pg.Pool({ connectionString: url, max: poolSize, ...bounded }));
}

/** A Db on `pool`; `$disconnect()` ends the pool. */
export function dbOnPool(pool: pg.Pool): Db {
  // An idle connection that the server ended (a restart, a dropped database) is an 'error' event;
  // the pool discards that connection and the next query opens another. Unheard, the event would
  // end the process.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // Ended here rather than by the adapter: Prisma disposes of its adapter only if it ever connected,
  // and a process that read only through hand-written SQL would keep its connections open.
  const disconnect = client.$disconnect.bind(client);
  let ended: Promise<void> | undefined;
  const $disconnect = async () => {
    await disconnect();
    await (ended ??= pool.end());
  };
  return Object.assign(client, { pool, $disconnect });
}
