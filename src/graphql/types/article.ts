import { builder, countedPages, pageSize } from "../builder.ts";
import { joinConnection } from "../join-connection.ts";
import { CountryNode } from "./country.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { EventNode } from "./event.ts";
import { countryCode, exactlyOne, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";

/**
 * The least an article row needs. Articles load in select mode, so that lists do not read every
 * full text; a join connection asked only for cursors or totalCount would otherwise select nothing
 * from Article, which Prisma refuses.
 */
const articleKey = { select: { id: true } } as const;

export const ArticleNode = builder.prismaNode("Article", {
  id: { resolve: (article) => article.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Article" }) }),
  nullable: true,
  select: articleKey.select,
  fields: (t) => ({
    title: t.exposeString("title"),
    url: t.exposeString("url", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "Date" }),
    text: t.exposeString("text"),
    statements: t.relatedConnection("statements", {
      ...countedPages,
      description: "Statements it reports, in reading order.",
      query: { orderBy: [{ start: "asc" }, { id: "asc" }] },
    }),
  }),
});

/** For `joinConnection` from a mention table (PersonMention, …) to the articles that mention it: newest first. */
export const mentioningArticles = {
  node: "article",
  nodeSelection: articleKey,
  type: ArticleNode,
  cursor: "id",
  orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "desc" }],
  provenance: true,
} as const;

// Title mentions first, then in reading order.
const readingOrder = [{ inTitle: "desc" as const }, { start: "asc" as const }, { id: "asc" as const }];

builder.prismaObjectFields(ArticleNode, (t) => ({
  people: joinConnection(t, "personMentions", {
    node: "person",
    type: PersonNode,
    cursor: "id",
    description: "People it mentions, in reading order; each edge says where first.",
    orderBy: readingOrder,
    provenance: true,
  }),
  countries: joinConnection(t, "countryMentions", {
    node: "country",
    type: CountryNode,
    cursor: "id",
    description: "Countries it mentions, in reading order; each edge says where first.",
    orderBy: readingOrder,
    provenance: true,
  }),
  events: joinConnection(t, "eventMentions", {
    node: "event",
    type: EventNode,
    cursor: "id",
    description: "Events it reports, in reading order; each edge says where.",
    orderBy: [{ start: "asc" }, { id: "asc" }],
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
