import type { ArgBuilder } from "@pothos/core";
import { Prisma } from "../../generated/prisma/client.ts";
import { UserInputError, builder } from "../builder.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** "2024-05-16" → 2024-05-16T00:00:00Z; anything that is not a real calendar day is refused. */
function parseIsoDate(value: unknown): Date {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2024-02-30 over to March: a real day formats back to the same string.
  if (!date || formatIsoDate(date) !== value) {
    throw new UserInputError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return date;
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

builder.scalarType("Date", {
  description: 'A calendar day, "YYYY-MM-DD" (UTC).',
  serialize: formatIsoDate,
  parseValue: parseIsoDate,
});

/** `from` and `to` arguments for a list filtered by day; `what` names the date: "Published". */
export function dayRangeArgs(arg: ArgBuilder<typeof builder.$inferSchemaTypes>, what: string) {
  return {
    from: arg({ type: "Date", description: `${what} on or after this day.` }),
    to: arg({ type: "Date", description: `${what} on or before this day.` }),
  };
}

/** The Prisma filter for days `from` through `to`, both inclusive; undefined when neither is given. */
export function dayRange(from?: Date | null, to?: Date | null) {
  if (from && to && from > to) {
    throw new UserInputError(`\`from\` (${formatIsoDate(from)}) is after \`to\` (${formatIsoDate(to)}).`);
  }
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: from } : {}),
    ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}),
  };
}

/** `dayRange` as SQL conditions on `column` (a SQL expression), for the lists read by hand-written SQL. */
export function dayRangeSql(column: string, from?: Date | null, to?: Date | null): Prisma.Sql[] {
  const range = dayRange(from, to);
  // As ISO text cast to the column's type: a Date parameter would be sent in the local time zone.
  return [
    ...(range?.gte ? [Prisma.sql`${Prisma.raw(column)} >= ${range.gte.toISOString()}::timestamp(3)`] : []),
    ...(range?.lt ? [Prisma.sql`${Prisma.raw(column)} < ${range.lt.toISOString()}::timestamp(3)`] : []),
  ];
}

/** Days `from` through `to` as the half-open range SQL compares with: on or after `since`, before `before`. */
export function dayBounds(from?: Date | null, to?: Date | null): { since: Date | null; before: Date | null } {
  const range = dayRange(from, to);
  return { since: range?.gte ?? null, before: range?.lt ?? null };
}
