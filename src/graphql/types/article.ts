import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder, pageSize } from "../builder.ts";
import { CountryNode } from "./country.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { EventNode } from "./event.ts";
import { countryCode, exactlyOne, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";
import { provenanceFields } from "./span.ts";

/**
 * The least an article row needs. Articles load in select mode, so that lists do not read every
 * full text; a join connection asked only for cursors or totalCount would otherwise select nothing
 * from Article, which Prisma refuses.
 */
export const articleKey = { select: { id: true } } as const;

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
      cursor: "id",
      totalCount: true,
      ...pageSize,
      description: "Statements it reports, in reading order.",
      query: { orderBy: [{ start: "asc" }, { id: "asc" }] },
    }),
  }),
});

const provenance = { start: true, end: true, confidence: true, extractor: true } as const;
// Title mentions first, then in reading order.
const readingOrder = [{ inTitle: "desc" as const }, { start: "asc" as const }, { id: "asc" as const }];

const personMentions = prismaConnectionHelpers(builder, "PersonMention", {
  cursor: "id",
  ...pageSize,
  select: (nodeSelection) => ({ person: nodeSelection(true), inTitle: true, ...provenance }),
  resolveNode: (mention) => mention.person,
});

const countryMentions = prismaConnectionHelpers(builder, "CountryMention", {
  cursor: "id",
  ...pageSize,
  select: (nodeSelection) => ({ country: nodeSelection(true), inTitle: true, ...provenance }),
  resolveNode: (mention) => mention.country,
});

const eventMentions = prismaConnectionHelpers(builder, "EventMention", {
  cursor: "id",
  ...pageSize,
  select: (nodeSelection) => ({ event: nodeSelection(true), ...provenance }),
  resolveNode: (mention) => mention.event,
});

builder.prismaObjectFields(ArticleNode, (t) => ({
  people: t.connection(
    {
      type: PersonNode,
      description: "People it mentions, in reading order; each edge says where first.",
      select: (args, ctx, nestedSelection) => ({
        personMentions: { ...personMentions.getQuery(args, ctx, nestedSelection), orderBy: readingOrder },
        _count: { select: { personMentions: true } },
      }),
      resolve: (article, args, ctx) => ({
        ...personMentions.resolve(article.personMentions, args, ctx),
        totalCount: article._count.personMentions,
      }),
    },
    { fields: (t) => ({ totalCount: t.exposeInt("totalCount") }) },
    { fields: (t) => provenanceFields(t) },
  ),
  countries: t.connection(
    {
      type: CountryNode,
      description: "Countries it mentions, in reading order; each edge says where first.",
      select: (args, ctx, nestedSelection) => ({
        countryMentions: { ...countryMentions.getQuery(args, ctx, nestedSelection), orderBy: readingOrder },
        _count: { select: { countryMentions: true } },
      }),
      resolve: (article, args, ctx) => ({
        ...countryMentions.resolve(article.countryMentions, args, ctx),
        totalCount: article._count.countryMentions,
      }),
    },
    { fields: (t) => ({ totalCount: t.exposeInt("totalCount") }) },
    { fields: (t) => provenanceFields(t) },
  ),
  events: t.connection(
    {
      type: EventNode,
      description: "Events it reports, in reading order; each edge says where.",
      select: (args, ctx, nestedSelection) => ({
        eventMentions: {
          ...eventMentions.getQuery(args, ctx, nestedSelection),
          orderBy: [{ start: "asc" }, { id: "asc" }],
        },
        _count: { select: { eventMentions: true } },
      }),
      resolve: (article, args, ctx) => ({
        ...eventMentions.resolve(article.eventMentions, args, ctx),
        totalCount: article._count.eventMentions,
      }),
    },
    { fields: (t) => ({ totalCount: t.exposeInt("totalCount") }) },
    { fields: (t) => provenanceFields(t) },
  ),
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
