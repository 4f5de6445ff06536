import { normalizeName } from "../extraction/index.ts";
import type { Extraction } from "../extraction/types.ts";
import type { RunSql } from "../db/sql-transaction.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { KnownEvent } from "./link-event.ts";
import { nameParts } from "./person-name.ts";
import type { StoredPerson } from "./resolve-person.ts";
import { utcDate } from "./utc-date.ts";

const dayMs = 86_400_000;

/** The stored people and events some articles' facts may be: what resolving their people and linking their events compares with. */
export interface KnownFacts {
  people: StoredPerson[];
  events: KnownEvent[];
}

/**
 * Everything the rules could link these extractions to, in one statement,
 * read under the fact writers' lock (a statement's snapshot is taken when it
 * starts: the lock must be held before it):
 * - every stored person the person rules could pick (see resolvePerson), with
 *   their aliases: by name or alias (indexed), and by surname. There is no
 *   surname column, so the surname match compares the end of each name: one
 *   scan of the people per call (tens of milliseconds for 100,000 people).
 * - the stored events a dated event with participants may be (see
 *   isSameEvent): of its type, within a day of it, with one of those people
 *   among their participants.
 * Rules in memory pick among them; these only narrow the search.
 */
export async function loadKnownFacts(run: RunSql, extractions: Extraction[]): Promise<KnownFacts> {
  const people = extractions.flatMap((extraction) => extraction.people);
  const names = people.flatMap((person) => [person.name, ...person.aliases]);
  const keys = [...new Set(names.map(normalizeName))].filter((key) => key !== "");
  const surnames = [...new Set(names.map((name) => nameParts(name).surname))].filter((surname) => surname !== "");
  if (keys.length === 0) return { people: [], events: [] };
  const windows = eventWindows(extractions);
  const [row] = await run<{ people: StoredPerson[]; events: (Omit<KnownEvent, "date"> & { date: string })[] }>(Prisma.sql`
    WITH candidates AS (
      SELECT p."id", p."name", p."normalizedName", p."role", p."countryCode",
             ARRAY(SELECT a."normalizedAlias" FROM "PersonAlias" a WHERE a."personId" = p."id" ORDER BY a."id") AS "aliases"
      FROM "Person" p
      WHERE p."normalizedName" = ANY(${[...new Set([...keys, ...surnames])]}::text[])
         -- Uncorrelated: PostgreSQL runs it once and hashes it, not once per person.
         OR p."id" IN (SELECT a."personId" FROM "PersonAlias" a WHERE a."normalizedAlias" = ANY(${keys}::text[]))
         OR EXISTS (SELECT 1 FROM unnest(${surnames}::text[]) AS s(surname) WHERE right(p."normalizedName", length(s.surname) + 1) = ' ' || s.surname)),
    known AS (
      SELECT e."id", e."type", e."date", e."place", e."countryCode",
             ARRAY(SELECT p."personId" FROM "EventParticipant" p WHERE p."eventId" = e."id" ORDER BY p."personId") AS "participantIds"
      FROM "Event" e
      WHERE e."id" IN (
          -- A range of the date index per window (OFFSET 0 keeps the planner from flattening it into a
          -- join of the windows with every event, which compares every pair).
          SELECT near."id"
          FROM unnest(${windows.types}::text[], ${windows.from}::timestamp(3)[], ${windows.to}::timestamp(3)[]) AS w("type", "from", "to"),
               LATERAL (SELECT n."id" FROM "Event" n WHERE n."date" BETWEEN w."from" AND w."to" AND n."type"::text = w."type" OFFSET 0) AS near)
        AND EXISTS (SELECT 1 FROM "EventParticipant" p JOIN candidates c ON c."id" = p."personId" WHERE p."eventId" = e."id"))
    SELECT (SELECT coalesce(json_agg(c ORDER BY c."id"), '[]') FROM candidates c) AS "people",
           (SELECT coalesce(json_agg(k ORDER BY k."id"), '[]') FROM known k) AS "events"`);
  // json_agg writes a timestamp without its zone; the column holds UTC.
  return { people: row!.people, events: row!.events.map((event) => ({ ...event, date: new Date(`${event.date}Z`) })) };
}

/** The type of every event that can be linked (dated, with participants), and the days from one before it to one after: parallel lists. */
function eventWindows(extractions: Extraction[]): { types: string[]; from: string[]; to: string[] } {
  const windows = new Map<string, { type: string; day: number }>();
  for (const event of extractions.flatMap((extraction) => extraction.events)) {
    if (!event.date || event.participants.length === 0) continue;
    let day: number;
    try {
      day = utcDate(event.date).getTime();
    } catch {
      // Not a day: that article fails when its rows are built, and nothing can be linked to it.
      continue;
    }
    windows.set(`${event.type} ${day}`, { type: event.type, day });
  }
  const list = [...windows.values()];
  const iso = (time: number) => new Date(time).toISOString();
  return { types: list.map((window) => window.type), from: list.map(({ day }) => iso(day - dayMs)), to: list.map(({ day }) => iso(day + dayMs)) };
}
