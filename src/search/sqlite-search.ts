import { z } from "zod";
import type { Db } from "../db/client.ts";
import { type SearchBackend, searchKinds } from "./search-backend.ts";
import type { SearchTerm } from "./search-query.ts";

// A word in a title (a name, an alias, a headline, an event's title) counts ten times one in a body
// (a statement, an article's text, an event's place): a headline about someone outranks a passing mention.
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

const hitRow = z.object({
  kind: z.enum(searchKinds),
  id: z.coerce.number().int(),
  score: z.number(),
});

/**
 * FTS5 query text for the terms: every word a quoted string, so FTS5 reads it as text whatever it
 * holds; the prefix word followed by `*`. [lula, silv*] → `"lula" "silv"*` (all words must match).
 */
export function fts5Match(terms: SearchTerm[]): string {
  return terms.map(({ word, prefix }) => `"${word.replaceAll('"', '""')}"${prefix ? "*" : ""}`).join(" ");
}

/** Search on the "SearchIndex" FTS5 table that the `search` migration's triggers keep current. */
export function sqliteSearch(db: Db): SearchBackend {
  return {
    async search(terms, limit) {
      // bm25() is refused inside an aggregate, and SQLite would flatten a plain subquery into the
      // GROUP BY: MATERIALIZED ranks first, then keeps each row's best-matching name or alias.
      const rows = await db.$queryRaw`
        WITH hits AS MATERIALIZED (
          SELECT kind, refId, bm25("SearchIndex", 0, 0, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank
          FROM "SearchIndex" WHERE "SearchIndex" MATCH ${fts5Match(terms)}
        )
        SELECT kind, refId AS id, -MIN(rank) AS score FROM hits
        GROUP BY kind, refId
        ORDER BY score DESC, kind, id
        LIMIT ${limit}`;
      return z.array(hitRow).parse(rows);
    },
  };
}
