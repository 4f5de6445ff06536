import type { Db } from "../db/client.ts";

export interface Context {
  db: Db;
}

/** A request's context. Create one per request: Pothos caches loaded nodes on it. */
export function createContext({ db }: { db: Db }): Context {
  return { db };
}
