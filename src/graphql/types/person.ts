import { MAX_SEARCH_QUERY_LENGTH } from "../../search/search-query.ts";
import { postgresSearch } from "../../search/postgres-search.ts";
import { builder, countedPages, pageSize } from "../builder.ts";
import { joinConnection } from "../join-connection.ts";
import { normalizeName } from "../../extraction/normalize.ts";
import { mentioningArticles } from "./article.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { EventNode, EventTypeEnum } from "./event.ts";
import { countryCode, exactlyOne, localId } from "./filters.ts";
import { aboutCountryArg, mentioning, StatementKindEnum, newestStatementsFirst } from "./statement.ts";

export const PersonNode = builder.prismaNode("Person", {
  id: { resolve: (person) => person.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Person" }) }),
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: 'Canonical full name: "Luiz Inácio Lula da Silva".' }),
    aliases: t.stringList({
      description: 'Other names the news uses for them: "Lula".',
      select: { aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
      resolve: (person) => person.aliases.map(({ alias }) => alias),
    }),
    role: t.exposeString("role", { nullable: true }),
    country: t.relation("country", { nullable: true }),
    statements: t.relatedConnection("statements", {
      ...countedPages,
      description: "What they said, newest first.",
      args: {
        kind: t.arg({ type: StatementKindEnum }),
        ...dayRangeArgs(t.arg, "Said"),
        about: aboutCountryArg(t.arg),
      },
      query: (args) => ({
        where: { kind: args.kind ?? undefined, date: dayRange(args.from, args.to), ...mentioning(args.about) },
        orderBy: newestStatementsFirst,
      }),
    }),
  }),
});

builder.prismaObjectFields(PersonNode, (t) => ({
  events: joinConnection(t, "participations", {
    node: "event",
    type: EventNode,
    cursor: "eventId_personId",
    description: "Events they took part in, newest first; undated ones last.",
    args: { type: t.arg({ type: EventTypeEnum }) },
    where: (args) => ({ event: { type: args.type ?? undefined } }),
    orderBy: [{ event: { date: { sort: "desc", nulls: "last" } } }, { eventId: "desc" }],
  }),
  articles: joinConnection(t, "mentions", {
    ...mentioningArticles,
    description: "Articles that mention them, newest first; each edge says where first.",
  }),
}));

builder.queryFields((t) => ({
  person: t.prismaField({
    type: "Person",
    nullable: true,
    description:
      'One person by global `id`, or by `name`: their canonical name or an alias, ignoring case and accents ("lula", "xi jinping"); failing that, the person whose name is closest to a misspelt one ("Zelenskyy", "Kishda"). Give exactly one.',
    args: { id: t.arg.globalID({ for: PersonNode }), name: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (exactlyOne(args, ["id", "name"]) === "id") {
        return ctx.db.person.findUnique({ ...query, where: { id: localId(args.id!) } });
      }
      const key = normalizeName(args.name!);
      // Someone's canonical name wins over another person's alias, and either over a spelling guess.
      const exact =
        (await ctx.db.person.findUnique({ ...query, where: { normalizedName: key } })) ??
        (await ctx.db.person.findFirst({ ...query, where: { aliases: { some: { normalizedAlias: key } } }, orderBy: { id: "asc" } }));
      if (exact || key.length > MAX_SEARCH_QUERY_LENGTH) return exact;
      const closest = await postgresSearch(ctx.db).closestPerson(key);
      return closest === null ? null : ctx.db.person.findUnique({ ...query, where: { id: closest } });
    },
  }),
  people: t.prismaConnection({
    type: "Person",
    cursor: "id",
    ...pageSize,
    description: "People by name.",
    args: { country: t.arg.string({ description: 'Their country (ISO 3166-1 alpha-2, any case: "cn").' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.person.findMany({ ...query, where: peopleWhere(args), orderBy: [{ name: "asc" }, { id: "asc" }] }),
    totalCount: (_connection, args, ctx) => ctx.db.person.count({ where: peopleWhere(args) }),
  }),
}));

function peopleWhere(args: { country?: string | null }) {
  return { countryCode: args.country ? countryCode(args.country) : undefined };
}
