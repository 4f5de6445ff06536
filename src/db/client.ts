import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

export interface PoolOptions {
  /** Connections the pool opens at most. */
  poolSize?: number;
  /**
   * PostgreSQL's `statement_timeout` for every statement on the pool's connections, and how long
   * a caller waits for a free connection: both unbounded when unset.
   */
  timeoutMs?: number;
}

/** A Prisma client on the PostgreSQL database at `url`, through a node-postgres pool. */
export function createDb(url: string, { poolSize = 10, timeoutMs }: PoolOptions = {}): Db {
  // statement_timeout is sent when each connection opens, so the server itself cancels a statement
  // that runs too long (a client-side query_timeout would stop waiting and leave it running).
  const bounded = timeoutMs === undefined ? {} : { statement_timeout: timeoutMs, connectionTimeoutMillis: timeoutMs };
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize, ...bounded }) });
}
