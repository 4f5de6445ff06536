import type { EventType, Prisma } from "../generated/prisma/client.ts";

const dayMs = 86_400_000;

/** An event as an article reports it, its participants resolved to stored people. */
export interface ReportedEvent {
  type: EventType;
  date: Date | null;
  place: string | null;
  countryCode: string | null;
  participantIds: Set<number>;
}

/** A stored event of the same type held within a day of the reported one. */
export interface StoredEvent {
  id: number;
  date: Date | null;
  countryCode: string | null;
  participantIds: number[];
}

/**
 * Whether two reports tell of one real-world event: both dated, at most a day
 * apart (talks reported as Monday's by one paper and Tuesday's by another),
 * with participants that agree, and not placed in two different countries.
 * The type is matched by the query.
 */
export function isSameEvent(reported: ReportedEvent, stored: StoredEvent): boolean {
  if (!reported.date || !stored.date) return false;
  if (Math.abs(reported.date.getTime() - stored.date.getTime()) > dayMs) return false;
  if (reported.countryCode && stored.countryCode && reported.countryCode !== stored.countryCode) return false;
  return participantsAgree(reported.participantIds, stored.participantIds);
}

/**
 * One list within the other ({Putin} and {Putin, Modi}), or two people in
 * common. One shared person is not enough: a minister's bilateral meetings of
 * one day ({Hunt, Pence}, {Hunt, Pompeo}) are separate events.
 */
function participantsAgree(reported: Set<number>, stored: number[]): boolean {
  const shared = stored.filter((id) => reported.has(id)).length;
  return shared >= 2 || (shared > 0 && shared === Math.min(reported.size, stored.length));
}

/** Of the stored events that are the reported one, the closest in date, then the one sharing most participants, then the oldest. */
export function pickSameEvent<Event extends StoredEvent>(reported: ReportedEvent, candidates: Event[]): Event | null {
  const distance = (event: StoredEvent) => Math.abs(event.date!.getTime() - reported.date!.getTime());
  const overlap = (event: StoredEvent) => event.participantIds.filter((id) => reported.participantIds.has(id)).length;
  const same = candidates.filter((event) => isSameEvent(reported, event));
  same.sort((a, b) => distance(a) - distance(b) || overlap(b) - overlap(a) || a.id - b.id);
  return same[0] ?? null;
}

/** A stored event the article's events may be, as the article's writes leave it. */
export interface KnownEvent extends StoredEvent {
  type: EventType;
  place: string | null;
  /** Whether the article already reports it: one mention per article. */
  mentioned: boolean;
}

/**
 * The stored events that the article's dated events, each with at least one
 * participant, could be (see isSameEvent): one query for them all, of their
 * types, within a day of their dates, sharing a participant. Events without a
 * date or participants are never linked, so they need none.
 */
export async function loadKnownEvents(tx: Prisma.TransactionClient, articleId: number, reported: ReportedEvent[]): Promise<KnownEvent[]> {
  const linkable = reported.filter((event) => event.date && event.participantIds.size > 0);
  if (linkable.length === 0) return [];
  const times = linkable.map((event) => event.date!.getTime());
  const rows = await tx.$queryRaw<(Omit<KnownEvent, "type"> & { type: string })[]>`
    SELECT e."id", e."type"::text AS "type", e."date", e."place", e."countryCode",
           ARRAY(SELECT p."personId" FROM "EventParticipant" p WHERE p."eventId" = e."id" ORDER BY p."personId") AS "participantIds",
           EXISTS (SELECT 1 FROM "EventMention" m WHERE m."eventId" = e."id" AND m."articleId" = ${articleId}::int) AS "mentioned"
    FROM "Event" e
    WHERE e."type"::text = ANY(${[...new Set(linkable.map((event) => event.type))]}::text[])
      AND e."date" BETWEEN ${new Date(Math.min(...times) - dayMs)}::timestamp(3) AND ${new Date(Math.max(...times) + dayMs)}::timestamp(3)
      AND EXISTS (
        SELECT 1 FROM "EventParticipant" p
        WHERE p."eventId" = e."id" AND p."personId" = ANY(${[...new Set(linkable.flatMap((event) => [...event.participantIds]))]}::int[])
      )
    ORDER BY e."id"`;
  return rows.map((row) => ({ ...row, type: row.type as EventType }));
}

/** Of the known events, the one the reported event is (see pickSameEvent), or null when it is new. */
export function findSameEvent(reported: ReportedEvent, known: KnownEvent[]): KnownEvent | null {
  if (!reported.date || reported.participantIds.size === 0) return null;
  const candidates = known.filter((event) => event.type === reported.type && event.participantIds.some((id) => reported.participantIds.has(id)));
  return pickSameEvent(reported, candidates);
}
