import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

/** Connections in a server process's pool by default (README, Scaling out, counts them). */
export const DEFAULT_POOL_SIZE = 10;

/** A Prisma client on the PostgreSQL database at `url`, through node-postgres with a pool of `poolSize`. */
export function createDb(url: string, { poolSize = DEFAULT_POOL_SIZE }: { poolSize?: number } = {}): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}
