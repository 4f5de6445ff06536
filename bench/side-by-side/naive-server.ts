import { readFileSync } from "node:fs";
import { buildSchema, type DocumentNode, execute, type GraphQLFieldResolver, GraphQLError, type GraphQLObjectType, parse, validate } from "graphql";
import type { CountedPool } from "./counted-pool.ts";
import { type Answer, errorAnswer } from "./http-answer.ts";

// Newsgraph's own schema, as committed; only the fields the read query walks get resolvers below.
const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

interface NaiveContext {
  pool: CountedPool;
}

type Resolver = GraphQLFieldResolver<Record<string, unknown>, NaiveContext, { first?: number | null }>;

function resolve(type: string, field: string, resolver: Resolver): void {
  (schema.getType(type) as GraphQLObjectType).getFields()[field]!.resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
}

// Newsgraph's page sizes (src/graphql/builder.ts); it refuses larger pages rather than clamping them.
function pageSize(first: number | null | undefined): number {
  if (first != null && (first < 1 || first > 100)) {
    throw new GraphQLError("A page holds 1 to 100 items.", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return first ?? 20;
}

const edges = (rows: object[]) => ({ edges: rows.map((node) => ({ node })) });

// One query per parent object, whole rows (SELECT *), as a resolver written without a loader or batching
// does, or an ORM's findMany/findUnique called from each resolver.
resolve("Query", "people", async (_root, { first }, { pool }) =>
  edges(await pool.query(`SELECT * FROM "Person" ORDER BY name, id LIMIT $1`, [pageSize(first)])),
);
resolve("Person", "statements", async (person, { first }, { pool }) =>
  edges(
    await pool.query(`SELECT * FROM "Statement" WHERE "speakerId" = $1 ORDER BY date DESC, "articleId" DESC, start, id LIMIT $2`, [
      person.id,
      pageSize(first),
    ]),
  ),
);
resolve("Statement", "article", async (statement, _args, { pool }) => {
  const [article] = await pool.query(`SELECT * FROM "Article" WHERE id = $1`, [statement.articleId]);
  return article;
});

interface GraphqlRequest {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * The naive server: graphql-js itself (parse, validate, execute on every request; no yoga, no caches) over the
 * repo's schema.graphql, each field resolved on its own. Only what the read query walks has resolvers (people,
 * a person's statements, a statement's article); other fields get graphql-js's default, the row's column if any.
 */
export function naiveAnswer(pool: CountedPool): (body: string) => Promise<Answer> {
  return async (body) => {
    let request: GraphqlRequest;
    let document: DocumentNode;
    try {
      request = JSON.parse(body) as GraphqlRequest;
      if (typeof request.query !== "string") return errorAnswer(400, "The body needs a `query` string", "BAD_REQUEST");
      document = parse(request.query);
    } catch (error) {
      return errorAnswer(400, String(error instanceof Error ? error.message : error), "GRAPHQL_PARSE_FAILED");
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return { status: 400, body: JSON.stringify({ errors: invalid }) };
    const result = await execute({
      schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: { pool } satisfies NaiveContext,
    });
    return { status: 200, body: JSON.stringify(result) };
  };
}
