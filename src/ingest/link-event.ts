import type { EventType } from "../generated/prisma/client.ts";

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

/** A stored event an article's events may be, as the writes before it leave it. */
export interface KnownEvent extends StoredEvent {
  type: EventType;
  place: string | null;
}

/** Of the known events, the one the reported event is (see pickSameEvent), or null when it is new. */
export function findSameEvent(reported: ReportedEvent, known: KnownEvent[]): KnownEvent | null {
  if (!reported.date || reported.participantIds.size === 0) return null;
  const candidates = known.filter((event) => event.type === reported.type && event.participantIds.some((id) => reported.participantIds.has(id)));
  return pickSameEvent(reported, candidates);
}
