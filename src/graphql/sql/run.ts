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
// Each connection keeps every statement prepared on it. The texts come from the code, every value a
// parameter, but what a statement embeds follows the client's selection (./embedded.ts): past this
// many texts, new ones run unnamed, planned each time, so that no client can grow them without end.
const NAMED_STATEMENTS = 500;

/**
 * Runs `query` (built with Prisma.sql, so its values are bound parameters) on the pool of `db`, as
 * a named prepared statement: each connection plans a statement once rather than on every request
 * (planning a page's LATERAL query costs more than running it).
 */
export async function runSql<Row>(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const text = query.text;
  let name = names.get(text);
  if (name === undefined && names.size < NAMED_STATEMENTS) {
    name = `newsgraph_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    names.set(text, name);
  }
  const result = await db.pool.query({ ...(name === undefined ? {} : { name }), text, values: query.values, types });
  return result.rows as Row[];
}
