import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;

/** A Prisma client on the embedded SQLite database at `url` ("file:./data/newsgraph.db"). */
export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
