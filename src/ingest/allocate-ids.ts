import type { EventType, Prisma } from "../generated/prisma/client.ts";
import type { KnownEvent } from "./link-event.ts";

const dayMs = 86_400_000;

export interface IdCounts {
  people: number;
  events: number;
  statements: number;
}

export type AllocatedIds = { [Table in keyof IdCounts]: number[] };

/** What the article's linkable events (dated, with participants) share: a stored event they may be has one of these types, a date in this range and a participant among these people. */
export interface EventWindow {
  types: EventType[];
  from: Date;
  to: Date;
  personIds: number[];
}

/**
 * One statement for both reads an article's writes wait on:
 * - ids drawn from the tables' own sequences, so that the article's rows can be
 *   written together and still reference each other (a statement's countries,
 *   an event's participants) without reading back which generated id went to
 *   which row. They come out ascending: rows keep the article's order.
 * - the stored events the article's events may be (see isSameEvent), within a
 *   day of the window, with their participants and whether this article already
 *   reports them.
 */
export async function allocateIdsAndLoadEvents(
  tx: Prisma.TransactionClient,
  articleId: number,
  counts: IdCounts,
  window: EventWindow | null,
): Promise<{ ids: AllocatedIds; known: KnownEvent[] }> {
  const [row] = await tx.$queryRaw<(AllocatedIds & { known: (Omit<KnownEvent, "date"> & { date: string })[] })[]>`
    SELECT
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Person"', 'id'))::int FROM generate_series(1, ${counts.people}::int) ORDER BY 1) AS "people",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Event"', 'id'))::int FROM generate_series(1, ${counts.events}::int) ORDER BY 1) AS "events",
      ARRAY(SELECT nextval(pg_get_serial_sequence('"Statement"', 'id'))::int FROM generate_series(1, ${counts.statements}::int) ORDER BY 1) AS "statements",
      (SELECT coalesce(json_agg(known ORDER BY known."id"), '[]') FROM (
        SELECT e."id", e."type", e."date", e."place", e."countryCode",
               ARRAY(SELECT p."personId" FROM "EventParticipant" p WHERE p."eventId" = e."id" ORDER BY p."personId") AS "participantIds",
               EXISTS (SELECT 1 FROM "EventMention" m WHERE m."eventId" = e."id" AND m."articleId" = ${articleId}::int) AS "mentioned"
        FROM "Event" e
        WHERE e."type"::text = ANY(${window?.types ?? []}::text[])
          AND e."date" BETWEEN ${window && new Date(window.from.getTime() - dayMs)}::timestamp(3) AND ${window && new Date(window.to.getTime() + dayMs)}::timestamp(3)
          AND EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e."id" AND p."personId" = ANY(${window?.personIds ?? []}::int[]))
      ) AS known) AS "known"`;
  const { known, ...ids } = row!;
  // json_agg writes a timestamp without its zone; the column holds UTC.
  return { ids, known: known.map((event) => ({ ...event, date: new Date(`${event.date}Z`) })) };
}
