import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db/client.ts";
import { type Period, within } from "./event-filter.ts";

export type ActivityUnit = "month" | "year";

export interface ActivityBucket {
  /** The first day of the month or year. */
  period: Date;
  statements: number;
  events: number;
  articles: number;
}

/**
 * What each person did in each month or year of `period`: statements they made, events they took
 * part in (undated ones belong to no period), articles that mention them (by publication day).
 */
export function personActivity(db: Db, people: number[], unit: ActivityUnit, period: Period) {
  return activity(db, unit, people, Prisma.sql`
    SELECT s."speakerId" AS owner, s."date" AS at, 'statement' AS what FROM "Statement" s
    WHERE s."speakerId" = ANY(${people}::int[]) AND ${within(Prisma.sql`s."date"`, period)}
    UNION ALL
    SELECT p."personId", e."date", 'event' FROM "EventParticipant" p JOIN "Event" e ON e."id" = p."eventId"
    WHERE p."personId" = ANY(${people}::int[]) AND e."date" IS NOT NULL AND ${within(Prisma.sql`e."date"`, period)}
    UNION ALL
    SELECT m."personId", a."publishedAt", 'article' FROM "PersonMention" m JOIN "Article" a ON a."id" = m."articleId"
    WHERE m."personId" = ANY(${people}::int[]) AND ${within(Prisma.sql`a."publishedAt"`, period)}`);
}

/**
 * As `personActivity`, for countries, counting what their own connections list: statements that
 * name the country, events held there, articles that mention it.
 */
export function countryActivity(db: Db, countries: string[], unit: ActivityUnit, period: Period) {
  return activity(db, unit, countries, Prisma.sql`
    SELECT sc."countryCode" AS owner, s."date" AS at, 'statement' AS what
    FROM "StatementCountry" sc JOIN "Statement" s ON s."id" = sc."statementId"
    WHERE sc."countryCode" = ANY(${countries}::text[]) AND ${within(Prisma.sql`s."date"`, period)}
    UNION ALL
    SELECT e."countryCode", e."date", 'event' FROM "Event" e
    WHERE e."countryCode" = ANY(${countries}::text[]) AND e."date" IS NOT NULL AND ${within(Prisma.sql`e."date"`, period)}
    UNION ALL
    SELECT m."countryCode", a."publishedAt", 'article' FROM "CountryMention" m JOIN "Article" a ON a."id" = m."articleId"
    WHERE m."countryCode" = ANY(${countries}::text[]) AND ${within(Prisma.sql`a."publishedAt"`, period)}`);
}

/**
 * Counts of `facts` (rows of owner, timestamp `at`, and `what`: statement, event or article) by
 * owner and period, in one statement; each owner's buckets run from its first active period to its
 * last, quiet periods between included with zeros, so that a chart's axis has no holes.
 */
async function activity<Owner extends number | string>(
  db: Db,
  unit: ActivityUnit,
  owners: Owner[],
  facts: Prisma.Sql,
): Promise<Map<Owner, ActivityBucket[]>> {
  const rows = await db.$queryRaw<(ActivityBucket & { owner: Owner })[]>`
    SELECT owner, date_trunc(${unit}, at) AS period,
      count(*) FILTER (WHERE what = 'statement')::int AS statements,
      count(*) FILTER (WHERE what = 'event')::int AS events,
      count(*) FILTER (WHERE what = 'article')::int AS articles
    FROM (${facts}) AS facts
    GROUP BY owner, period
    ORDER BY owner, period`;
  const buckets = new Map<Owner, ActivityBucket[]>(owners.map((owner) => [owner, []]));
  for (const { owner, ...bucket } of rows) {
    const list = buckets.get(owner)!;
    const last = list.at(-1);
    for (let next = last && following(last.period, unit); next && next < bucket.period; next = following(next, unit)) {
      list.push({ period: next, statements: 0, events: 0, articles: 0 });
    }
    list.push(bucket);
  }
  return buckets;
}

function following(period: Date, unit: ActivityUnit): Date {
  const year = period.getUTCFullYear();
  return unit === "year" ? new Date(Date.UTC(year + 1, 0, 1)) : new Date(Date.UTC(year, period.getUTCMonth() + 1, 1));
}
