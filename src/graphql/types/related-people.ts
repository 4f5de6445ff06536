import { z } from "zod";
import type { EventFilter } from "../../relations/event-filter.ts";
import { relatedPeople, sharedEvents, type Tie } from "../../relations/related-people.ts";
import { builder } from "../builder.ts";
import { byParent, cursorDate, forwardPageArgs, keyset, type Page, pageObject, pageRequest, toPage } from "../keyset.ts";
import { findEvents, findPeople } from "../node-rows.ts";
import { dayBounds, dayRangeArgs } from "./date.ts";
import { EventNode, EventTypeEnum } from "./event.ts";
import { PersonNode } from "./person.ts";

const tieCursor = keyset(
  "RelatedPerson",
  z.object({ eventsTogether: z.number().int(), lastDate: cursorDate, personId: z.number().int() }),
);
const sharedEventCursor = keyset("SharedEvent", z.object({ date: cursorDate, eventId: z.number().int() }));

interface RelatedPersonEdge extends Tie {
  cursor: string;
  /** The parent's filter, which the edge's `events` apply too. */
  filter: EventFilter;
}

const pairKey = ({ person, related }: { person: number; related: number }) => `${person}:${related}`;

interface SharedEventEdge {
  cursor: string;
  eventId: number;
}

const SharedEventEdgeRef = builder.objectRef<SharedEventEdge>("RelatedPersonEventsConnectionEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.loadable({
      type: EventNode,
      byPath: true,
      load: (ids: number[], ctx, _args, info) => findEvents(ctx, info, ids),
      sort: (event) => event.id,
      resolve: (edge) => edge.eventId,
    }),
  }),
});

const SharedEventsPage = pageObject("RelatedPersonEventsConnection", SharedEventEdgeRef, "Events two people took part in together.");

const RelatedPersonEdgeRef = builder.objectRef<RelatedPersonEdge>("PersonRelatedPeopleConnectionEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.loadable({
      type: PersonNode,
      byPath: true,
      load: (ids: number[], ctx, _args, info) => findPeople(ctx, info, ids),
      sort: (person) => person.id,
      resolve: (edge) => edge.related,
    }),
    eventsTogether: t.exposeInt("eventsTogether", { description: "Events both took part in." }),
    articlesTogether: t.exposeInt("articlesTogether", { description: "Articles that name both." }),
    lastEvent: t.loadable({
      type: EventNode,
      nullable: true,
      byPath: true,
      description: "The newest event both took part in (undated ones count as oldest).",
      load: (ids: number[], ctx, _args, info) => findEvents(ctx, info, ids),
      sort: (event) => event.id,
      resolve: (edge) => edge.lastEventId,
    }),
    events: t.loadable({
      type: SharedEventsPage,
      byPath: true,
      description: "The events both took part in, newest first; undated ones last.",
      args: forwardPageArgs(t.arg),
      // Every edge at one path has the same parent arguments, so the first key's filter is everyone's.
      loaderOptions: { cacheKeyFn: pairKey },
      load: async (edges: RelatedPersonEdge[], ctx, args) => {
        const request = pageRequest(args, sharedEventCursor);
        const rows = await sharedEvents(ctx.db, edges, edges[0]!.filter, request.after, request.first + 1);
        const pairRows = byParent(rows, pairKey);
        return edges.map((edge) =>
          toPage(pairRows.get(pairKey(edge)) ?? [], request, edge.eventsTogether, ({ eventId, date }) => ({
            eventId,
            cursor: sharedEventCursor.encode({ eventId, date: date?.toISOString() ?? null }),
          })),
        );
      },
      resolve: (edge) => edge,
    }),
  }),
});

const RelatedPeoplePage = pageObject(
  "PersonRelatedPeopleConnection",
  RelatedPersonEdgeRef,
  "People who took part in the same events, strongest tie first.",
);

builder.prismaObjectFields(PersonNode, (t) => ({
  relatedPeople: t.loadable({
    type: RelatedPeoplePage,
    byPath: true,
    description:
      "People who took part in the same events: most events together first, then the most recent last event together (undated ones count as oldest). `type`, `from` and `to` choose which events count; undated events are outside every period.",
    args: {
      ...forwardPageArgs(t.arg),
      type: t.arg({ type: EventTypeEnum, description: "Only events of this type count." }),
      ...dayRangeArgs(t.arg, "Held"),
    },
    load: async (people: number[], ctx, args): Promise<Page<RelatedPersonEdge>[]> => {
      const request = pageRequest(args, tieCursor);
      const filter: EventFilter = { type: args.type ?? null, ...dayBounds(args.from, args.to) };
      const { items, totals } = await relatedPeople(ctx.db, people, filter, request.after, request.first + 1);
      return people.map((person) =>
        toPage(items.get(person) ?? [], request, totals.get(person) ?? 0, (tie) => ({
          ...tie,
          filter,
          cursor: tieCursor.encode({
            eventsTogether: tie.eventsTogether,
            lastDate: tie.lastDate?.toISOString() ?? null,
            personId: tie.related,
          }),
        })),
      );
    },
    resolve: (person) => person.id,
  }),
}));
