import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

/** A Prisma client on the PostgreSQL database at `url`, through node-postgres with a pool of `poolSize`. */
export function createDb(url: string, { poolSize = 10 }: { poolSize?: number } = {}): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}
