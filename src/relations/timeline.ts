import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";
import { type Period, within } from "./event-filter.ts";
import { collectPages, type Pages } from "./pages.ts";

export type TimelineKind = "event" | "statement";

/** Where a page of a timeline starts: after the item with this day (null: undated), kind and id. */
export interface TimelinePosition {
  date: string | null;
  kind: TimelineKind;
  id: number;
}

export interface TimelineItem {
  kind: TimelineKind;
  id: number;
  date: Date | null;
}

/**
 * Each person's statements and the events they took part in, as one list: newest first, undated
 * events last; on one day an event comes before the statements, and among equals the newer id first.
 * One statement for all of `people`: at most `limit` items a person after `after`.
 */
export async function timelines(
  db: Db,
  people: number[],
  period: Period,
  after: TimelinePosition | null,
  limit: number,
): Promise<Pages<TimelineItem>> {
  // Sorting on (day, rank, id) all descending: rank 1 for an event puts it before its day's statements (0).
  const rank = (kind: TimelineKind | undefined) => (kind === "event" ? 1 : 0);
  const rows = await db.$queryRaw<{ parent: number; total: number; kind: TimelineKind | null; id: number | null; date: Date | null }[]>`
    WITH items AS (
      SELECT s."speakerId" AS person, 'statement' AS kind, 0 AS rank, s."id", s."date"
      FROM "Statement" s
      WHERE s."speakerId" = ANY(${people}::int[]) AND ${within(Prisma.sql`s."date"`, period)}
      UNION ALL
      SELECT p."personId", 'event', 1, e."id", e."date"
      FROM "EventParticipant" p JOIN "Event" e ON e."id" = p."eventId"
      WHERE p."personId" = ANY(${people}::int[]) AND ${within(Prisma.sql`e."date"`, period)}
    ),
    totals AS (SELECT person, count(*)::int AS total FROM items GROUP BY person),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY person ORDER BY "date" DESC NULLS LAST, rank DESC, "id" DESC) AS position
      FROM items
      WHERE ${after === null}
        OR (coalesce("date", '-infinity'), rank, "id")
         < (coalesce(${after?.date ?? null}::timestamp, '-infinity'), ${rank(after?.kind)}::int, ${after?.id ?? null}::int)
    )
    SELECT totals.person AS parent, totals.total, ranked.kind, ranked."id", ranked."date"
    FROM totals
    LEFT JOIN ranked ON ranked.person = totals.person AND ranked.position <= ${limit}
    ORDER BY totals.person, ranked.position`;

  return collectPages(rows, ({ kind, id, date }) => (kind === null || id === null ? null : { kind, id, date }));
}
