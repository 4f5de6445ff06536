import type { ArgBuilder } from "@pothos/core";
import { StatementKind } from "../../generated/prisma/enums.ts";
import type { Event, Person } from "../../generated/prisma/client.ts";
import { builder, pageSize } from "../builder.ts";
import { sqlConnection } from "../sql-connection.ts";
import { type ArticleRow, lists, toOne } from "../sql/lists.ts";
import { sqlRead } from "../sql/embedded.ts";
import { required, sqlLoaders } from "../sql/loaders.ts";
import { ArticleNode } from "./article.ts";
import { EventNode } from "./event.ts";
import { CountryNode } from "./country.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { countryCode, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";
import { Span } from "./span.ts";

export const StatementKindEnum = builder.enumType("StatementKind", {
  values: {
    DIRECT: { value: StatementKind.direct, description: "A direct quote." },
    REPORTED: { value: StatementKind.reported, description: "Reported speech: “X said that …”." },
  } as const,
});

// Newest first; within one article, in reading order.
const newestStatementsFirst = [{ date: "desc" as const }, { articleId: "desc" as const }, { start: "asc" as const }, { id: "asc" as const }];

/** The `about` argument of statement lists: a country the statement names. */
export const aboutCountryArg = (arg: ArgBuilder<typeof builder.$inferSchemaTypes>) =>
  arg.string({ description: 'Only statements that name this country (ISO 3166-1 alpha-2, any case: "ru").' });

/** The filter for `about`: statements that name the country. */
export function mentioning(about: string | null | undefined) {
  return about ? { mentionedCountries: { some: { countryCode: countryCode(about) } } } : {};
}

export const StatementNode = builder.prismaNode("Statement", {
  id: { resolve: (statement) => statement.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Statement" }) }),
  nullable: true,
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.expose("kind", { type: StatementKindEnum }),
    speaker: t.field({
      type: PersonNode,
      extensions: sqlRead(toOne.speaker),
      resolve: (statement, _args, ctx) => required(sqlLoaders(ctx).rowOf<Person>(statement, toOne.speaker)),
    }),
    article: t.field({
      type: ArticleNode,
      extensions: sqlRead(toOne.article),
      resolve: (statement, _args, ctx) => required(sqlLoaders(ctx).rowOf<ArticleRow>(statement, toOne.article)),
    }),
    event: t.field({
      type: EventNode,
      nullable: true,
      description: "The event it was said at or about, if known.",
      extensions: sqlRead(toOne.event),
      resolve: (statement, _args, ctx) => sqlLoaders(ctx).rowOf<Event>(statement, toOne.event),
    }),
    date: t.expose("date", {
      type: "Date",
      description: "When it was said: the day the article gives, else its publication day.",
    }),
    span: t.field({
      type: Span,
      description: "Where the article reports it.",
      resolve: ({ start, end }) => ({ start, end, inTitle: false }),
    }),
    confidence: t.exposeFloat("confidence", { description: "0..1: how sure the extraction rule was." }),
    extractor: t.exposeString("extractor", { description: 'The rule that extracted it, e.g. "quote.said-after".' }),
  }),
});

builder.objectField(StatementNode, "mentionedCountries", (t) =>
  sqlConnection(t, {
    list: lists.statementCountries,
    parentColumn: "id",
    type: CountryNode,
    description: "Countries the statement names, by name.",
  }),
);

builder.queryField("statements", (t) =>
  t.prismaConnection({
    type: "Statement",
    cursor: "id",
    ...pageSize,
    description: "Statements, newest first.",
    args: {
      speaker: t.arg.globalID({ for: PersonNode }),
      country: t.arg.string({
        description:
          'The speaker\'s country (ISO 3166-1 alpha-2, any case: "cn"), not the countries the statement mentions.',
      }),
      ...dayRangeArgs(t.arg, "Said"),
      kind: t.arg({ type: StatementKindEnum }),
      about: aboutCountryArg(t.arg),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.statement.findMany({ ...query, where: statementsWhere(args), orderBy: newestStatementsFirst }),
    totalCount: (_connection, args, ctx) => ctx.db.statement.count({ where: statementsWhere(args) }),
  }),
);

function statementsWhere(args: {
  speaker?: { id: unknown; typename: string } | null;
  country?: string | null;
  from?: Date | null;
  to?: Date | null;
  kind?: StatementKind | null;
  about?: string | null;
}) {
  return {
    ...mentioning(args.about),
    speakerId: args.speaker ? localId(args.speaker) : undefined,
    speaker: args.country ? { countryCode: countryCode(args.country) } : undefined,
    kind: args.kind ?? undefined,
    date: dayRange(args.from, args.to),
  };
}
