import type { RunSql } from "../db/sql-transaction.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { ArticleRows } from "./article-rows.ts";

/** How many new rows of each table with a generated id the writes hold. */
export interface IdCounts {
  articles: number;
  people: number;
  events: number;
  statements: number;
}

export type AllocatedIds = { [Table in keyof IdCounts]: number[] };

/**
 * Ids drawn from the tables' own sequences in one statement, so that rows can
 * be written together and still reference each other (a statement's
 * countries, an event's participants) without reading back which generated id
 * went to which row. They come out ascending: rows keep the order they were
 * made in, as if written one article after the other.
 */
export async function allocateIds(run: RunSql, counts: IdCounts): Promise<AllocatedIds> {
  const [ids] = await run<AllocatedIds>(Prisma.sql`
    SELECT
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Article"', 'id'))::int FROM generate_series(1, ${counts.articles}::int) ORDER BY 1) AS "articles",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Person"', 'id'))::int FROM generate_series(1, ${counts.people}::int) ORDER BY 1) AS "people",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Event"', 'id'))::int FROM generate_series(1, ${counts.events}::int) ORDER BY 1) AS "events",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Statement"', 'id'))::int FROM generate_series(1, ${counts.statements}::int) ORDER BY 1) AS "statements"`);
  return ids!;
}

/** The id a row of `table` was given: its allocated one when provisional (-1, -2, …, see planFacts), else its own. */
export const realId = (ids: AllocatedIds, table: keyof IdCounts, id: number): number => (id < 0 ? ids[table][-id - 1]! : id);

/** Replaces the provisional ids of a plan's rows (-1, -2, … per table, see planFacts) with allocated ones; stored rows' ids stay. */
export function assignIds(rows: ArticleRows, ids: AllocatedIds): ArticleRows {
  const real = (table: keyof IdCounts) => (id: number) => realId(ids, table, id);
  const [article, person, event, statement] = [real("articles"), real("people"), real("events"), real("statements")];
  return {
    articles: rows.articles.map((row) => ({ ...row, id: article(row.id) })),
    people: rows.people.map((row) => ({ ...row, id: person(row.id) })),
    personUpdates: rows.personUpdates,
    aliases: rows.aliases.map((row) => ({ ...row, personId: person(row.personId) })),
    personMentions: rows.personMentions.map((row) => ({ ...row, personId: person(row.personId), articleId: article(row.articleId) })),
    countryMentions: rows.countryMentions.map((row) => ({ ...row, articleId: article(row.articleId) })),
    events: rows.events.map((row) => ({ ...row, id: event(row.id) })),
    eventUpdates: rows.eventUpdates,
    participants: rows.participants.map((row) => ({ eventId: event(row.eventId), personId: person(row.personId) })),
    eventMentions: rows.eventMentions.map((row) => ({ ...row, eventId: event(row.eventId), articleId: article(row.articleId) })),
    statements: rows.statements.map((row) => ({
      ...row,
      id: statement(row.id),
      speakerId: person(row.speakerId),
      articleId: article(row.articleId),
      eventId: row.eventId === null ? null : event(row.eventId),
    })),
    statementCountries: rows.statementCountries.map((row) => ({ ...row, statementId: statement(row.statementId) })),
  };
}
