import { z } from "zod";
import type { CountedPool } from "./counted-pool.ts";
import { type Answer, errorAnswer } from "./http-answer.ts";
import { readQuery } from "./read-query.ts";

// The page sizes Newsgraph accepts (src/graphql/builder.ts, MAX_PAGE_SIZE).
const pageSize = z.int().min(1).max(100);

const floorRequest = z.object({
  query: z.literal(readQuery, { error: "The floor server answers the benchmark's read query only" }),
  variables: z.object({ people: pageSize, statements: pageSize }),
});

// The whole response body in one statement: each person's newest statements in a LATERAL subquery with
// Newsgraph's LIMIT and order (src/graphql/types/statement.ts: date, article, position, id), people by name
// then id. The JSON is concatenated rather than built with json_build_object/json_agg, whose text has
// spaces after colons and commas: this way it is byte for byte JSON.stringify's, which yoga sends. to_json
// escapes a string as JSON.stringify does (", \, control characters; nothing else).
const floorSql = `
SELECT '{"data":{"people":{"edges":[' || coalesce(string_agg(person.edge, ',' ORDER BY person.name, person.id), '') || ']}}}' AS body
FROM (
  SELECT p.name, p.id,
         '{"node":{"name":' || to_json(p.name)::text || ',"statements":{"edges":[' || coalesce(said.edges, '') || ']}}}' AS edge
  FROM (SELECT id, name FROM "Person" ORDER BY name, id LIMIT $1) AS p
  CROSS JOIN LATERAL (
    SELECT string_agg('{"node":{"text":' || to_json(s.text)::text || ',"article":{"title":' || to_json(a.title)::text || '}}}', ','
                      ORDER BY s.date DESC, s."articleId" DESC, s.start, s.id) AS edges
    FROM (
      SELECT id, text, date, "articleId", start FROM "Statement" WHERE "speakerId" = p.id
      ORDER BY date DESC, "articleId" DESC, start, id LIMIT $2
    ) AS s
    JOIN "Article" AS a ON a.id = s."articleId"
  ) AS said
) AS person`;

/**
 * The floor: the least any server can do for the read query, one hand-written SQL statement whose single
 * row is the response body. It answers that one query only (variables for the page sizes) and does not
 * parse GraphQL.
 */
export function floorAnswer(pool: CountedPool): (body: string) => Promise<Answer> {
  return async (body) => {
    let request: z.infer<typeof floorRequest>;
    try {
      request = floorRequest.parse(JSON.parse(body));
    } catch (error) {
      return errorAnswer(400, error instanceof z.ZodError ? z.prettifyError(error) : String(error), "BAD_USER_INPUT");
    }
    const [row] = await pool.query<{ body: string }>(floorSql, [request.variables.people, request.variables.statements]);
    return { status: 200, body: row!.body };
  };
}
