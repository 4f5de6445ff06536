import { z } from "zod";
import type { Db } from "../db/client.ts";
import { type SearchBackend, searchKinds } from "./search-backend.ts";
import type { SearchTerm } from "./search-query.ts";

const hitRow = z.object({
  kind: z.enum(searchKinds),
  id: z.number().int(),
  score: z.number(),
});

/**
 * to_tsquery text for the terms: every word must match, the prefix word also as a word start.
 * [lula, silv*] → "lula & silv:*". The words hold only letters and digits (parseSearchQuery), so
 * they are never tsquery syntax.
 */
export function tsQuery(terms: SearchTerm[]): string {
  return terms.map(({ word, prefix }) => `${word}${prefix ? ":*" : ""}`).join(" & ");
}

// How close typed words must be to a name, as pg_trgm's word similarity (1 − its <<-> distance):
// "kishda" is 0.57 of "fumio kishida", "zelnsky" 0.55 of "volodymyr zelensky".
const MAX_NAME_DISTANCE = 0.5;

/**
 * Search on the "SearchDocument" table that the `search` migration's triggers keep current.
 * Exact word matches are ranked by ts_rank (title words ten times body words, divided by 1 + the log of the document's length, so a name outranks an article that repeats it). People whose name
 * or alias is close to the words typed are found too, ranked after every exact match (a score of
 * minus the distance): "Kishda" still finds Kishida, but never ahead of a real "Kishi".
 */
export function postgresSearch(db: Db): SearchBackend {
  return {
    async search(terms, limit) {
      const words = terms.map(({ word }) => word).join(" ");
      const rows = await db.$queryRaw`
        WITH matches AS (
          SELECT "kind", "refId", ts_rank("document", query, 1) AS score
          FROM "SearchDocument", to_tsquery('newsgraph_search', ${tsQuery(terms)}) AS query
          WHERE "document" @@ query
          UNION ALL
          SELECT "kind", "refId", -distance FROM (
            SELECT "kind", "refId", ${words} <<-> "name" AS distance
            FROM "SearchDocument" WHERE "name" IS NOT NULL
            ORDER BY distance LIMIT ${limit}
          ) AS nearest
          WHERE distance <= ${MAX_NAME_DISTANCE}
        )
        SELECT "kind", "refId" AS id, max(score)::float8 AS score FROM matches
        GROUP BY "kind", "refId"
        ORDER BY score DESC, "kind", id
        LIMIT ${limit}`;
      return z.array(hitRow).parse(rows);
    },

    async closestPerson(name) {
      // Close as a whole, and every typed word close to a word of the name: "joe biden" is 0.6
      // of "hunter biden" as a whole, but "joe" is like no word of it.
      const rows = await db.$queryRaw<{ id: number }[]>`
        SELECT "refId" AS id FROM (
          SELECT "refId", "name", ${name} <<-> "name" AS distance
          FROM "SearchDocument" WHERE "name" IS NOT NULL
          ORDER BY distance LIMIT 10
        ) AS nearest
        WHERE distance <= ${MAX_NAME_DISTANCE}
          AND NOT EXISTS (
            SELECT FROM unnest(string_to_array(${name}, ' ')) AS typed(word)
            WHERE NOT EXISTS (
              SELECT FROM unnest(string_to_array(nearest."name", ' ')) AS known(word)
              WHERE similarity(typed.word, known.word) >= ${1 - MAX_NAME_DISTANCE}))
        ORDER BY distance, id
        LIMIT 1`;
      return rows[0]?.id ?? null;
    },
  };
}
