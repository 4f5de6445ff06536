import { brandWithType } from "@pothos/core";
import { z } from "zod";
import { type TimelineItem, timelines } from "../../relations/timeline.ts";
import { builder } from "../builder.ts";
import { byParent, cursorDate, forwardPageArgs, keyset, pageObject, pageRequest, toPage } from "../keyset.ts";
import { findEvents, findStatements } from "../node-rows.ts";
import { dayBounds, dayRangeArgs } from "./date.ts";
import { EventNode } from "./event.ts";
import { PersonNode } from "./person.ts";
import { StatementNode } from "./statement.ts";

const TimelineEntry = builder.unionType("TimelineItem", {
  types: [StatementNode, EventNode],
  description: "Something in a person's timeline: a statement they made or an event they took part in.",
});

const timelineCursor = keyset(
  "Timeline",
  z.object({ date: cursorDate, kind: z.enum(["event", "statement"]), id: z.number().int() }),
);

const entryKey = ({ kind, id }: { kind: string; id: number }) => `${kind}:${id}`;

const TimelineEdge = builder.objectRef<TimelineItem & { cursor: string }>("PersonTimelineConnectionEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    // Here too, so that a client need not alias Statement.date (Date!) against Event.date (Date).
    date: t.expose("date", { type: "Date", nullable: true, description: "When it was said or held; null for an undated event." }),
    node: t.loadable({
      type: TimelineEntry,
      byPath: true,
      // Keys are "statement:7" or "event:3": one findMany for each kind on the page.
      load: async (keys: string[], ctx, _args, info) => {
        const ids = (kind: string) => keys.filter((key) => key.startsWith(`${kind}:`)).map((key) => Number(key.split(":")[1]));
        const [statements, events] = await Promise.all([
          findStatements(ctx, info, ids("statement"), StatementNode.name),
          findEvents(ctx, info, ids("event"), EventNode.name),
        ]);
        // Branded with their type, so that the union knows which member each row is.
        const rows = new Map<string, typeof TimelineEntry.$inferType>();
        for (const [kind, type, found] of [["statement", StatementNode, statements], ["event", EventNode, events]] as const) {
          for (const row of found) {
            brandWithType(row, type);
            rows.set(entryKey({ kind, id: row.id }), row as typeof TimelineEntry.$inferType);
          }
        }
        return keys.map((key) => rows.get(key) ?? new Error(`${key} was deleted meanwhile`));
      },
      resolve: entryKey,
    }),
  }),
});

const TimelinePage = pageObject("PersonTimelineConnection", TimelineEdge, "A person's statements and events, newest first.");

builder.prismaObjectField(PersonNode, "timeline", (t) =>
  t.loadable({
    type: TimelinePage,
    byPath: true,
    description:
      "What they said and the events they took part in, in one list for a biography: newest first, undated events last; on one day the event comes before what was said.",
    args: { ...forwardPageArgs(t.arg), ...dayRangeArgs(t.arg, "Said or held") },
    load: async (people: number[], ctx, args) => {
      const request = pageRequest(args, timelineCursor);
      const { items, totals } = await timelines(ctx.db, people, dayBounds(args.from, args.to), request.after, request.first + 1);
      return people.map((person) =>
        toPage(items.get(person) ?? [], request, totals.get(person) ?? 0, (item) => ({
          ...item,
          cursor: timelineCursor.encode({ kind: item.kind, id: item.id, date: item.date?.toISOString() ?? null }),
        })),
      );
    },
    resolve: (person) => person.id,
  }),
);
