import pg from "pg";
import { rowsWithEmbedded } from "../graphql/sql/embedded.ts";
import { DEFAULT_POOL_SIZE, type Db, dbOnPool } from "./client.ts";

/** Every SQL statement sent to PostgreSQL, in order, and the rows they returned. */
export interface SqlLog {
  readonly statements: readonly string[];
  /**
   * Rows the statements returned to the server (result rows of queries, and the rows a query embeds
   * in its JSON columns: ../graphql/sql/embedded.ts), not rows PostgreSQL read to find them.
   */
  readonly rows: number;
  clear(): void;
}

interface Tally {
  statements: string[];
  rows: number;
}

type Query = (...args: unknown[]) => Promise<pg.QueryResult> | undefined;

/** Wraps `target.query` so that each statement and its rows are tallied, called with a callback (as the pool does) or not. */
function record(target: { query: unknown }, tally: Tally): void {
  const query = (target.query as Query).bind(target);
  target.query = (...args: unknown[]) => {
    const config = args[0];
    tally.statements.push(typeof config === "string" ? config : (config as { text: string }).text);
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result?: pg.QueryResult) => {
        tally.rows += rowsWithEmbedded(result?.rows ?? []);
        callback(error, result);
      };
      return query(...args);
    }
    return query(...args)?.then((result) => {
      tally.rows += rowsWithEmbedded(result.rows ?? []);
      return result;
    });
  };
}

/**
 * A Db on `url` whose SQL is logged where it leaves for PostgreSQL: the connections of the
 * node-postgres pool that Prisma's adapter and the hand-written SQL share (pool.query runs on them
 * too). For tests that count queries (N+1) and for the benchmark's SQL per request; not for
 * serving: the log grows with every statement.
 */
export function createCountingDb(url: string): { db: Db; sql: SqlLog } {
  const tally: Tally = { statements: [], rows: 0 };
  const pool = new pg.Pool({ connectionString: url, max: DEFAULT_POOL_SIZE });
  pool.on("connect", (client) => record(client, tally));
  return {
    db: dbOnPool(pool),
    sql: {
      get statements() {
        return tally.statements;
      },
      get rows() {
        return tally.rows;
      },
      clear: () => {
        tally.statements.length = 0;
        tally.rows = 0;
      },
    },
  };
}
