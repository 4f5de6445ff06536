import { normalizeName } from "../../extraction/normalize.ts";
import { builder, pageSize } from "../builder.ts";
import { sqlConnection } from "../sql-connection.ts";
import { lists } from "../sql/lists.ts";
import { ArticleNode } from "./article.ts";
import { EventNode } from "./event.ts";
import { PersonNode } from "./person.ts";
import { countryCode, exactlyOne } from "./filters.ts";
import { StatementNode } from "./statement.ts";

export const CountryNode = builder.prismaNode("Country", {
  id: { field: "code" },
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: 'ISO 3166-1 alpha-2: "CN".' }),
    name: t.exposeString("name", { description: 'Common English name: "China".' }),
    officialName: t.exposeString("official", { description: "\"People's Republic of China\"" }),
    demonym: t.exposeString("demonym", { nullable: true }),
    capital: t.exposeString("capital", { nullable: true }),
  }),
});

builder.objectFields(CountryNode, (t) => ({
  people: sqlConnection(t, {
    list: lists.countryPeople,
    parentColumn: "code",
    type: PersonNode,
    description: "Its people, by name.",
  }),
  events: sqlConnection(t, {
    list: lists.countryEvents,
    parentColumn: "code",
    type: EventNode,
    description: "Events that took place here, newest first; undated ones last.",
  }),
  statements: sqlConnection(t, {
    list: lists.countryStatements,
    parentColumn: "code",
    type: StatementNode,
    description:
      "Statements that mention this country, newest first. For what its people said, use the root `statements(country:)`.",
  }),
  articles: sqlConnection(t, {
    list: lists.countryArticles,
    parentColumn: "code",
    type: ArticleNode,
    description: "Articles that mention this country, newest first; each edge says where first.",
    provenance: true,
  }),
}));

builder.queryFields((t) => ({
  country: t.prismaField({
    type: "Country",
    nullable: true,
    description:
      'One country by ISO 3166-1 alpha-2 `code` ("cn" or "CN"), or by `name`: its common or official name, ignoring case and accents. Give exactly one.',
    args: { code: t.arg.string(), name: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      if (exactlyOne(args, ["code", "name"]) === "code") {
        return ctx.db.country.findUnique({ ...query, where: { code: countryCode(args.code!) } });
      }
      // Names compare as normalizeName folds them (case, accents, punctuation); ~250 rows are cheap to match here.
      const key = normalizeName(args.name!);
      const names = await ctx.db.country.findMany({ select: { code: true, name: true, official: true } });
      const match = names.find(({ name, official }) => normalizeName(name) === key || normalizeName(official) === key);
      return match ? ctx.db.country.findUnique({ ...query, where: { code: match.code } }) : null;
    },
  }),
  countries: t.prismaConnection({
    type: "Country",
    cursor: "code",
    ...pageSize,
    description: "Countries by name.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.country.findMany({ ...query, orderBy: [{ name: "asc" }, { code: "asc" }] }),
    totalCount: (_connection, _args, ctx) => ctx.db.country.count(),
  }),
}));
