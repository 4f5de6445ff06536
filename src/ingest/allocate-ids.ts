import type { Prisma } from "../generated/prisma/client.ts";

export interface IdCounts {
  people: number;
  events: number;
  statements: number;
}

export type AllocatedIds = { [Table in keyof IdCounts]: number[] };

/**
 * Draws ids from the tables' own sequences, in one statement, so that an
 * article's rows can be inserted many at a time and still reference each other
 * (a statement's countries, an event's participants) without reading back which
 * generated id went to which row: PostgreSQL does not promise that RETURNING
 * lists rows in the order of an INSERT … SELECT. Ids come out ascending, so
 * rows keep the order the article gives them, as one INSERT per row did.
 */
export async function allocateIds(tx: Prisma.TransactionClient, counts: IdCounts): Promise<AllocatedIds> {
  if (counts.people + counts.events + counts.statements === 0) return { people: [], events: [], statements: [] };
  const [row] = await tx.$queryRaw<AllocatedIds[]>`
    SELECT
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Person"', 'id'))::int FROM generate_series(1, ${counts.people}::int) ORDER BY 1) AS "people",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Event"', 'id'))::int FROM generate_series(1, ${counts.events}::int) ORDER BY 1) AS "events",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Statement"', 'id'))::int FROM generate_series(1, ${counts.statements}::int) ORDER BY 1) AS "statements"`;
  return row!;
}
