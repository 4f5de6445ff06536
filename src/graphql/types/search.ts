import { brandWithType } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { SearchHit, SearchKind } from "../../search/search-backend.ts";
import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery, SearchQueryError } from "../../search/search-query.ts";
import { postgresSearch } from "../../search/postgres-search.ts";
import type { Context } from "../../server/context.ts";
import { builder, DEFAULT_PAGE_SIZE, explainRefusals, MAX_PAGE_SIZE, UserInputError } from "../builder.ts";
import { ArticleNode } from "./article.ts";
import { EventNode } from "./event.ts";
import { PersonNode } from "./person.ts";
import { StatementNode } from "./statement.ts";

const nodeTypes = { person: PersonNode, statement: StatementNode, article: ArticleNode, event: EventNode };

const SearchResult = builder.unionType("SearchResult", {
  types: Object.values(nodeTypes),
  description: "Something `search` found: a person, a statement, an article or an event.",
});

// One query per kind that has hits, each with the Prisma selection the client's fragment on that type needs.
const loaders: Record<SearchKind, (ctx: Context, query: object, ids: number[]) => Promise<{ id: number }[]>> = {
  person: (ctx, query, ids) => ctx.db.person.findMany({ ...query, where: { id: { in: ids } } }),
  statement: (ctx, query, ids) => ctx.db.statement.findMany({ ...query, where: { id: { in: ids } } }),
  article: (ctx, query, ids) => ctx.db.article.findMany({ ...query, where: { id: { in: ids } } }),
  event: (ctx, query, ids) => ctx.db.event.findMany({ ...query, where: { id: { in: ids } } }),
};

/** The hits' rows in ranking order, each branded with its GraphQL type so the union can resolve it. */
async function loadHits(hits: SearchHit[], ctx: Context, info: GraphQLResolveInfo): Promise<(typeof SearchResult.$inferType)[]> {
  const kinds = [...new Set(hits.map((hit) => hit.kind))];
  const loaded = await Promise.all(
    kinds.map(async (kind) => {
      const query = queryFromInfo({ context: ctx, info, typeName: nodeTypes[kind].name });
      const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
      const rows = await loaders[kind](ctx, query, ids);
      return rows.map((row) => [`${kind}:${row.id}`, row] as const);
    }),
  );
  const byKey = new Map(loaded.flat());
  // A row deleted between the search and the load is left out.
  return hits.flatMap(({ kind, id }) => {
    const row = byKey.get(`${kind}:${id}`);
    if (!row) return [];
    brandWithType(row, nodeTypes[kind]);
    return [row as typeof SearchResult.$inferType];
  });
}

function resultCount(first: number | null | undefined): number {
  const count = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; ${count} was asked for.`);
  }
  return count;
}

builder.queryField("search", (t) =>
  t.field({
    type: [SearchResult],
    description:
      'Full-text search over people (names and aliases), statements, articles (title and text) and events (title and place), best match first. Every word must match, accents and case aside; a last word of three letters or more also matches as a prefix ("Kish" finds Kishida).',
    args: {
      query: t.arg.string({ required: true, description: `Words to look for, at most ${MAX_SEARCH_QUERY_LENGTH} characters. Punctuation is ignored; AND, OR, NOT and NEAR are plain words.` }),
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: `How many results: 1 to ${MAX_PAGE_SIZE}.` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = resultCount(args.first);
      const terms = await explainRefusals(SearchQueryError, () => parseSearchQuery(args.query));
      const hits = await postgresSearch(ctx.db).search(terms, first);
      return loadHits(hits, ctx, info);
    },
  }),
);
