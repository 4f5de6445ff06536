import { MAX_SEARCH_QUERY_LENGTH } from "../../search/search-query.ts";
import { postgresSearch } from "../../search/postgres-search.ts";
import { normalizeName } from "../../extraction/normalize.ts";
import { type Country, type Person, Prisma } from "../../generated/prisma/client.ts";
import { builder } from "../builder.ts";
import { sqlConnection } from "../sql-connection.ts";
import { lists, toOne } from "../sql/lists.ts";
import { sqlRead } from "../sql/embedded.ts";
import { sqlLoaders } from "../sql/loaders.ts";
import { personNamed } from "../sql/people.ts";
import { ArticleNode } from "./article.ts";
import { CountryNode } from "./country.ts";
import { dayRangeArgs, dayRangeSql } from "./date.ts";
import { EventNode, EventTypeEnum } from "./event.ts";
import { countryCode, exactlyOne, localId } from "./filters.ts";
import { aboutCountryArg, StatementKindEnum, StatementNode } from "./statement.ts";

export const PersonNode = builder.prismaNode("Person", {
  id: { resolve: (person) => person.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Person" }) }),
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: 'Canonical full name: "Luiz Inácio Lula da Silva".' }),
    aliases: t.stringList({
      description: 'Other names the news uses for them: "Lula".',
      resolve: async (person, _args, ctx) =>
        (await sqlLoaders(ctx).rows<{ alias: string }>("PersonAlias", "personId", `"alias"`, `"alias"`, person.id)).map(({ alias }) => alias),
    }),
    role: t.exposeString("role", { nullable: true }),
    country: t.field({
      type: CountryNode,
      nullable: true,
      extensions: sqlRead(toOne.country),
      resolve: (person, _args, ctx) => sqlLoaders(ctx).rowOf<Country>(person, toOne.country),
    }),
  }),
});

builder.objectFields(PersonNode, (t) => ({
  statements: sqlConnection(t, {
    list: lists.personStatements,
    parentColumn: "id",
    type: StatementNode,
    description: "What they said, newest first.",
    args: {
      kind: t.arg({ type: StatementKindEnum }),
      ...dayRangeArgs(t.arg, "Said"),
      about: aboutCountryArg(t.arg),
    },
    where: (args) => [
      ...(args.kind ? [Prisma.sql`s."kind" = ${args.kind}::"StatementKind"`] : []),
      ...dayRangeSql(`s."date"`, args.from, args.to),
      ...(args.about
        ? [Prisma.sql`EXISTS (SELECT 1 FROM "StatementCountry" sc WHERE sc."statementId" = s."id" AND sc."countryCode" = ${countryCode(args.about)})`]
        : []),
    ],
  }),
  events: sqlConnection(t, {
    list: lists.personEvents,
    parentColumn: "id",
    type: EventNode,
    description: "Events they took part in, newest first; undated ones last.",
    args: { type: t.arg({ type: EventTypeEnum }) },
    where: (args) => (args.type ? [Prisma.sql`e."type" = ${args.type}::"EventType"`] : []),
  }),
  articles: sqlConnection(t, {
    list: lists.personArticles,
    parentColumn: "id",
    type: ArticleNode,
    description: "Articles that mention them, newest first; each edge says where first.",
    provenance: true,
  }),
}));

builder.queryFields((t) => ({
  person: t.field({
    type: PersonNode,
    nullable: true,
    description:
      'One person by global `id`, or by `name`: their canonical name or an alias, ignoring case and accents ("lula", "xi jinping"); failing that, the person whose name is closest to a misspelt one ("Zelenskyy", "Kishda"). Give exactly one.',
    args: { id: t.arg.globalID({ for: PersonNode }), name: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const loaders = sqlLoaders(ctx);
      if (exactlyOne(args, ["id", "name"]) === "id") return loaders.row<Person>("Person", "id", "*", localId(args.id!));
      const key = normalizeName(args.name!);
      const exact = await personNamed(ctx.db, key);
      if (exact || key.length > MAX_SEARCH_QUERY_LENGTH) return exact;
      const closest = await postgresSearch(ctx.db).closestPerson(key);
      return closest === null ? null : loaders.row<Person>("Person", "id", "*", closest);
    },
  }),
  people: sqlConnection(t, {
    list: lists.people,
    type: PersonNode,
    description: "People by name.",
    args: { country: t.arg.string({ description: 'Their country (ISO 3166-1 alpha-2, any case: "cn").' }) },
    where: (args) => (args.country ? [Prisma.sql`p."countryCode" = ${countryCode(args.country)}`] : []),
  }),
}));
