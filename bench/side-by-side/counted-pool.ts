import pg from "pg";
import { DEFAULT_POOL_SIZE } from "../../src/db/client.ts";

export interface SqlCount {
  statements: number;
  /** Rows the statements returned to the server, not rows PostgreSQL read to find them. */
  rows: number;
}

/** A node-postgres pool of Newsgraph's size that counts the statements it runs and the rows they return. */
export interface CountedPool {
  query<Row extends object>(text: string, values: unknown[]): Promise<Row[]>;
  /** Counts since the pool opened; the difference around one request is that request's. */
  readonly count: Readonly<SqlCount>;
  end(): Promise<void>;
}

export function countedPool(url: string): CountedPool {
  const pool = new pg.Pool({ connectionString: url, max: DEFAULT_POOL_SIZE });
  const count: SqlCount = { statements: 0, rows: 0 };
  return {
    async query<Row extends object>(text: string, values: unknown[]) {
      count.statements += 1;
      const { rows } = await pool.query<Row>(text, values);
      count.rows += rows.length;
      return rows;
    },
    count,
    end: () => pool.end(),
  };
}
