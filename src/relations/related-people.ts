import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";
import { type EventFilter, eventPasses, within } from "./event-filter.ts";
import { collectPages, type Pages } from "./pages.ts";

/** Where a page of related people starts: after the tie with these sort keys. */
export interface TiePosition {
  eventsTogether: number;
  /** The last shared event's day, ISO 8601; null when every shared event is undated. */
  lastDate: string | null;
  personId: number;
}

export interface Tie {
  /** Whose tie it is. */
  person: number;
  /** The other person. */
  related: number;
  eventsTogether: number;
  articlesTogether: number;
  lastDate: Date | null;
  lastEventId: number;
}

/**
 * For each of `people`, the people who took part in the same events (those passing `filter`):
 * most shared events first, then the most recent last shared event (undated last), then by id.
 * One statement for all of them, returning at most `limit` ties a person after `after`;
 * `articlesTogether` counts the articles naming both, published within the filter's period.
 */
export async function relatedPeople(
  db: Db,
  people: number[],
  filter: EventFilter,
  after: TiePosition | null,
  limit: number,
): Promise<Pages<Tie>> {
  const rows = await db.$queryRaw<(Omit<Tie, "person" | "related"> & { parent: number; related: number | null; total: number })[]>`
    WITH shared AS (
      SELECT mine."personId" AS person, theirs."personId" AS related, e."id" AS event, e."date"
      FROM "EventParticipant" mine
      JOIN "EventParticipant" theirs ON theirs."eventId" = mine."eventId" AND theirs."personId" <> mine."personId"
      JOIN "Event" e ON e."id" = mine."eventId"
      WHERE mine."personId" = ANY(${people}::int[]) AND ${eventPasses(Prisma.sql`e`, filter)}
    ),
    ties AS (
      SELECT person, related, count(*)::int AS "eventsTogether", max("date") AS "lastDate",
        (array_agg(event ORDER BY "date" DESC NULLS LAST, event DESC))[1] AS "lastEventId"
      FROM shared GROUP BY person, related
    ),
    totals AS (SELECT person, count(*)::int AS total FROM ties GROUP BY person),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY person ORDER BY "eventsTogether" DESC, "lastDate" DESC NULLS LAST, related) AS position
      FROM ties
      WHERE ${after === null}
        OR ("eventsTogether", coalesce("lastDate", '-infinity'), -related)
         < (${after?.eventsTogether ?? null}::int, coalesce(${after?.lastDate ?? null}::timestamp, '-infinity'), ${-(after?.personId ?? 0)}::int)
    )
    SELECT totals.person AS parent, totals.total, ranked.related, ranked."eventsTogether", ranked."lastDate", ranked."lastEventId",
      (SELECT count(*)::int
       FROM "PersonMention" mine
       JOIN "PersonMention" theirs ON theirs."articleId" = mine."articleId" AND theirs."personId" = ranked.related
       JOIN "Article" a ON a."id" = mine."articleId"
       WHERE mine."personId" = totals.person AND ${within(Prisma.sql`a."publishedAt"`, filter)}) AS "articlesTogether"
    FROM totals
    LEFT JOIN ranked ON ranked.person = totals.person AND ranked.position <= ${limit}
    ORDER BY totals.person, ranked.position`;

  return collectPages(rows, ({ parent, total, related, ...tie }) => (related === null ? null : { ...tie, person: parent, related }));
}

/** Where a page of shared events starts: after the event with this day (null: undated) and id. */
export interface EventPosition {
  date: string | null;
  eventId: number;
}

export interface SharedEvent {
  person: number;
  related: number;
  eventId: number;
  date: Date | null;
}

/**
 * The events each pair took part in together (those passing `filter`), newest first, undated last:
 * at most `limit` a pair after `after`, for all pairs in one statement.
 */
export async function sharedEvents(
  db: Db,
  pairs: { person: number; related: number }[],
  filter: EventFilter,
  after: EventPosition | null,
  limit: number,
): Promise<SharedEvent[]> {
  return db.$queryRaw<SharedEvent[]>`
    WITH shared AS (
      SELECT pair.person, pair.related, e."id" AS "eventId", e."date"
      FROM unnest(${pairs.map((pair) => pair.person)}::int[], ${pairs.map((pair) => pair.related)}::int[]) AS pair(person, related)
      JOIN "EventParticipant" mine ON mine."personId" = pair.person
      JOIN "EventParticipant" theirs ON theirs."eventId" = mine."eventId" AND theirs."personId" = pair.related
      JOIN "Event" e ON e."id" = mine."eventId"
      WHERE ${eventPasses(Prisma.sql`e`, filter)}
    ),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY person, related ORDER BY "date" DESC NULLS LAST, "eventId" DESC) AS position
      FROM shared
      WHERE ${after === null}
        OR (coalesce("date", '-infinity'), "eventId")
         < (coalesce(${after?.date ?? null}::timestamp, '-infinity'), ${after?.eventId ?? null}::int)
    )
    SELECT person, related, "eventId", "date" FROM ranked
    WHERE position <= ${limit}
    ORDER BY person, related, position`;
}
