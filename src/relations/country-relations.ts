import type { Db } from "../db/client.ts";
import { collectPages, type Pages } from "./pages.ts";

/** Where a page of a country's relations starts: after the relation with this strength and code. */
export interface RelationPosition {
  strength: number;
  code: string;
}

export interface CountryRelation {
  country: string;
  related: string;
  /** Events where people of both countries took part. */
  events: number;
  /** Statements by the country's people that name the other country. */
  statements: number;
}

/**
 * For each of `countries`, the other countries whose people met its people (took part in the same
 * event), or that its people spoke about. Strongest first, by events plus statements, then by code.
 * One statement for all of them: at most `limit` relations a country after `after`.
 */
export async function countryRelations(
  db: Db,
  countries: string[],
  after: RelationPosition | null,
  limit: number,
): Promise<Pages<CountryRelation, string>> {
  const rows = await db.$queryRaw<(Omit<CountryRelation, "related"> & { parent: string; total: number; related: string | null })[]>`
    WITH met AS (
      SELECT mine."countryCode" AS country, theirs."countryCode" AS related, count(DISTINCT me."eventId")::int AS events
      FROM "Person" mine
      JOIN "EventParticipant" me ON me."personId" = mine."id"
      JOIN "EventParticipant" them ON them."eventId" = me."eventId"
      JOIN "Person" theirs ON theirs."id" = them."personId"
      WHERE mine."countryCode" = ANY(${countries}::text[]) AND theirs."countryCode" <> mine."countryCode"
      GROUP BY 1, 2
    ),
    spoke AS (
      SELECT p."countryCode" AS country, sc."countryCode" AS related, count(*)::int AS statements
      FROM "Person" p
      JOIN "Statement" s ON s."speakerId" = p."id"
      JOIN "StatementCountry" sc ON sc."statementId" = s."id"
      WHERE p."countryCode" = ANY(${countries}::text[]) AND sc."countryCode" <> p."countryCode"
      GROUP BY 1, 2
    ),
    relations AS (
      SELECT coalesce(met.country, spoke.country) AS country, coalesce(met.related, spoke.related) AS related,
        coalesce(met.events, 0) AS events, coalesce(spoke.statements, 0) AS statements,
        coalesce(met.events, 0) + coalesce(spoke.statements, 0) AS strength
      FROM met FULL JOIN spoke ON spoke.country = met.country AND spoke.related = met.related
    ),
    totals AS (SELECT country, count(*)::int AS total FROM relations GROUP BY country),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY country ORDER BY strength DESC, related) AS position
      FROM relations
      WHERE ${after === null}
        OR strength < ${after?.strength ?? null}::int
        OR (strength = ${after?.strength ?? null}::int AND related > ${after?.code ?? null}::text)
    )
    SELECT totals.country AS parent, totals.country, totals.total, ranked.related, ranked.events, ranked.statements
    FROM totals
    LEFT JOIN ranked ON ranked.country = totals.country AND ranked.position <= ${limit}
    ORDER BY totals.country, ranked.position`;
  return collectPages(rows, ({ country, related, events, statements }) => (related === null ? null : { country, related, events, statements }));
}
