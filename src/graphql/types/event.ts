import type { Country } from "../../generated/prisma/client.ts";
import { EventType } from "../../generated/prisma/enums.ts";
import { builder, pageSize } from "../builder.ts";
import { sqlConnection } from "../sql-connection.ts";
import { lists, toOne } from "../sql/lists.ts";
import { sqlRead } from "../sql/embedded.ts";
import { sqlLoaders } from "../sql/loaders.ts";
import { ArticleNode } from "./article.ts";
import { CountryNode } from "./country.ts";
import { dayRange, dayRangeArgs } from "./date.ts";
import { countryCode, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";
import { StatementNode } from "./statement.ts";

export const EventTypeEnum = builder.enumType("EventType", {
  values: {
    TALKS: { value: EventType.talks },
    MEETING: { value: EventType.meeting },
    VISIT: { value: EventType.visit },
    TRIP: { value: EventType.trip },
    SUMMIT: { value: EventType.summit },
    CALL: { value: EventType.call },
    OTHER: { value: EventType.other },
  } as const,
});

const newestEventsFirst = [{ date: { sort: "desc" as const, nulls: "last" as const } }, { id: "desc" as const }];

export const EventNode = builder.prismaNode("Event", {
  id: { resolve: (event) => event.id },
  findUnique: (id) => ({ id: localId({ id, typename: "Event" }) }),
  nullable: true,
  fields: (t) => ({
    type: t.expose("type", { type: EventTypeEnum }),
    title: t.exposeString("title", { description: '"Talks between Xi Jinping and Vladimir Putin in Moscow", "Fumio Kishida\'s visit to Kyiv"' }),
    date: t.expose("date", { type: "Date", nullable: true }),
    place: t.exposeString("place", { nullable: true }),
    country: t.field({
      type: CountryNode,
      nullable: true,
      description: "Where it took place.",
      extensions: sqlRead(toOne.country),
      resolve: (event, _args, ctx) => sqlLoaders(ctx).rowOf<Country>(event, toOne.country),
    }),
  }),
});

builder.objectFields(EventNode, (t) => ({
  statements: sqlConnection(t, {
    list: lists.eventStatements,
    parentColumn: "id",
    type: StatementNode,
    description: "What was said at or about it, newest first.",
  }),
  participants: sqlConnection(t, {
    list: lists.eventParticipants,
    parentColumn: "id",
    type: PersonNode,
    description: "Who took part, by name.",
  }),
  articles: sqlConnection(t, {
    list: lists.eventArticles,
    parentColumn: "id",
    type: ArticleNode,
    description: "Articles that report it, newest first; each edge says where.",
    provenance: true,
  }),
}));

builder.queryField("events", (t) =>
  t.prismaConnection({
    type: "Event",
    cursor: "id",
    ...pageSize,
    description: "Events, newest first; undated ones last.",
    args: {
      type: t.arg({ type: EventTypeEnum }),
      participant: t.arg.globalID({ for: PersonNode }),
      country: t.arg.string({ description: 'Where it took place (ISO 3166-1 alpha-2, any case: "cn").' }),
      ...dayRangeArgs(t.arg, "Held"),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.event.findMany({ ...query, where: eventsWhere(args), orderBy: newestEventsFirst }),
    totalCount: (_connection, args, ctx) => ctx.db.event.count({ where: eventsWhere(args) }),
  }),
);

function eventsWhere(args: {
  type?: EventType | null;
  participant?: { id: unknown; typename: string } | null;
  country?: string | null;
  from?: Date | null;
  to?: Date | null;
}) {
  return {
    type: args.type ?? undefined,
    participants: args.participant ? { some: { personId: localId(args.participant) } } : undefined,
    countryCode: args.country ? countryCode(args.country) : undefined,
    date: dayRange(args.from, args.to),
  };
}
