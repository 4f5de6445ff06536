import { builder, pageSize } from "../builder.ts";
import { sqlConnection } from "../sql-connection.ts";
import { ARTICLE_COLUMNS, lists } from "../sql/lists.ts";
import { CountryNode } from "./country.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { EventNode } from "./event.ts";
import { countryCode, exactlyOne, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";
import { StatementNode } from "./statement.ts";

/**
 * Articles load in select mode, with every column but their text, so that lists do not read every
 * full text; the lists read by hand-written SQL select the same columns (ARTICLE_COLUMNS).
 */
const articleColumns = Object.fromEntries(ARTICLE_COLUMNS.map((column) => [column, true])) as Record<(typeof ARTICLE_COLUMNS)[number], true>;

export const ArticleNode = builder.prismaNode("Article", {
  id: { resolve: (article) => article.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Article" }) }),
  nullable: true,
  select: articleColumns,
  fields: (t) => ({
    title: t.string({ resolve: (article) => article.title }),
    url: t.string({ nullable: true, resolve: (article) => article.url }),
    source: t.string({ nullable: true, resolve: (article) => article.source }),
    publishedAt: t.field({ type: "Date", resolve: (article) => article.publishedAt }),
    text: t.exposeString("text"),
  }),
});

builder.objectFields(ArticleNode, (t) => ({
  statements: sqlConnection(t, {
    list: lists.articleStatements,
    parentColumn: "id",
    type: StatementNode,
    description: "Statements it reports, in reading order.",
  }),
  people: sqlConnection(t, {
    list: lists.articlePeople,
    parentColumn: "id",
    type: PersonNode,
    description: "People it mentions, in reading order; each edge says where first.",
    provenance: true,
  }),
  countries: sqlConnection(t, {
    list: lists.articleCountries,
    parentColumn: "id",
    type: CountryNode,
    description: "Countries it mentions, in reading order; each edge says where first.",
    provenance: true,
  }),
  events: sqlConnection(t, {
    list: lists.articleEvents,
    parentColumn: "id",
    type: EventNode,
    description: "Events it reports, in reading order; each edge says where.",
    provenance: true,
  }),
}));

builder.queryFields((t) => ({
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article by global `id` or by `url`. Give exactly one.",
    args: { id: t.arg.globalID({ for: ArticleNode }), url: t.arg.string() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.article.findUnique({
        ...query,
        where: exactlyOne(args, ["id", "url"]) === "id" ? { id: localId(args.id!) } : { url: args.url! },
      }),
  }),
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    ...pageSize,
    description: "Articles, newest first.",
    args: {
      ...dayRangeArgs(t.arg, "Published"),
      person: t.arg.globalID({ for: PersonNode, description: "Only articles that mention this person." }),
      country: t.arg.string({ description: "Only articles that mention this country (ISO 3166-1 alpha-2, any case)." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.article.findMany({
        ...query,
        where: articlesWhere(args),
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
    totalCount: (_connection, args, ctx) => ctx.db.article.count({ where: articlesWhere(args) }),
  }),
}));

function articlesWhere(args: {
  from?: Date | null;
  to?: Date | null;
  person?: { id: unknown; typename: string } | null;
  country?: string | null;
}) {
  return {
    publishedAt: dayRange(args.from, args.to),
    personMentions: args.person ? { some: { personId: localId(args.person) } } : undefined,
    countryMentions: args.country ? { some: { countryCode: countryCode(args.country) } } : undefined,
  };
}
