import type { EventType } from "../generated/prisma/enums.ts";
import { Prisma } from "../generated/prisma/client.ts";

/** Days as a half-open range of timestamps: on or after `since`, before `before`; null leaves that side open. */
export interface Period {
  since: Date | null;
  before: Date | null;
}

/** Which events count: of one type (null: any), held within a period. An undated event is within no period. */
export interface EventFilter extends Period {
  type: EventType | null;
}

/** SQL for "`date` lies within `period`", a column or expression of type timestamp. */
export function within(date: Prisma.Sql, { since, before }: Period): Prisma.Sql {
  return Prisma.sql`(${since}::timestamp IS NULL OR ${date} >= ${since}::timestamp)
    AND (${before}::timestamp IS NULL OR ${date} < ${before}::timestamp)`;
}

/** SQL for "the event `event` passes `filter`", `event` being an alias of "Event". */
export function eventPasses(event: Prisma.Sql, filter: EventFilter): Prisma.Sql {
  return Prisma.sql`(${filter.type}::"EventType" IS NULL OR ${event}."type" = ${filter.type}::"EventType")
    AND ${within(Prisma.sql`${event}."date"`, filter)}`;
}
