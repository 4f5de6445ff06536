import { createHash } from "node:crypto";
import pg from "pg";
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

const TIMESTAMP = 1114;

// Prisma writes DateTime columns as `timestamp(3)` in UTC; node-postgres would read them in the
// process's local time zone.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const names = new Map<string, string>();

/**
 * Runs `query` (built with Prisma.sql, so its values are bound parameters) on the pool of `db`, as
 * a named prepared statement: each connection plans a statement once rather than on every request
 * (planning a page's LATERAL query costs more than running it). The texts come from the code, with
 * every value a parameter, so there are a few dozen of them.
 */
export async function runSql<Row>(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const text = query.text;
  let name = names.get(text);
  if (name === undefined) {
    name = `newsgraph_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    names.set(text, name);
  }
  const result = await db.pool.query({ name, text, values: query.values, types });
  return result.rows as Row[];
}
