import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";

type SqlAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type SqlQueryable = Pick<SqlAdapter, "queryRaw" | "executeRaw">;

/** Every SQL statement the driver adapter was asked to run, in order, and the rows they returned. */
export interface SqlLog {
  readonly statements: readonly string[];
  /** Rows the statements returned to Prisma (result rows of queries), not rows PostgreSQL read to find them. */
  readonly rows: number;
  clear(): void;
}

interface Tally {
  statements: string[];
  rows: number;
}

function record<T extends SqlQueryable>(queryable: T, tally: Tally): T {
  const { queryRaw, executeRaw } = queryable;
  queryable.queryRaw = async (query) => {
    tally.statements.push(query.sql);
    const result = await queryRaw.call(queryable, query);
    tally.rows += result.rows.length;
    return result;
  };
  queryable.executeRaw = (query) => {
    tally.statements.push(query.sql);
    return executeRaw.call(queryable, query);
  };
  return queryable;
}

/**
 * The PostgreSQL adapter, counting at the point where Prisma hands SQL to node-postgres, so what
 * is counted is what the database runs (Prisma's own batching and joins already applied).
 */
class CountingPg extends PrismaPg {
  readonly tally: Tally = { statements: [], rows: 0 };

  override async connect(): Promise<SqlAdapter> {
    const adapter = record(await super.connect(), this.tally);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => record(await startTransaction(isolationLevel), this.tally);
    return adapter;
  }
}

/**
 * A Prisma client on `url` whose SQL statements are logged: for tests that count queries (N+1) and
 * for the benchmark's SQL per request. Not for serving: the log grows with every statement.
 */
export function createCountingDb(url: string): { db: Db; sql: SqlLog } {
  const adapter = new CountingPg({ connectionString: url });
  const { tally } = adapter;
  return {
    db: new PrismaClient({ adapter }),
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
