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
export function pickSameEvent(reported: ReportedEvent, candidates: StoredEvent[]): StoredEvent | null {
  const distance = (event: StoredEvent) => Math.abs(event.date!.getTime() - reported.date!.getTime());
  const overlap = (event: StoredEvent) => event.participantIds.filter((id) => reported.participantIds.has(id)).length;
  const same = candidates.filter((event) => isSameEvent(reported, event));
  same.sort((a, b) => distance(a) - distance(b) || overlap(b) - overlap(a) || a.id - b.id);
  return same[0] ?? null;
}

export interface EventMentionRow {
  articleId: number;
  start: number;
  end: number;
  confidence: number;
  extractor: string;
}

/**
 * Links a reported event to the stored event it is, if any: records where the
 * article reports it, adds the participants it did not list and fills a
 * missing place or country. The stored title stays. Returns the event's id,
 * or null when the event is new. When the article already reports that event
 * (it told of it twice) the first mention is kept: one mention per article.
 */
export async function linkEvent(tx: Prisma.TransactionClient, reported: ReportedEvent, mention: EventMentionRow): Promise<number | null> {
  if (!reported.date || reported.participantIds.size === 0) return null;
  const rows = await tx.event.findMany({
    where: {
      type: reported.type,
      date: { gte: new Date(reported.date.getTime() - dayMs), lte: new Date(reported.date.getTime() + dayMs) },
      participants: { some: { personId: { in: [...reported.participantIds] } } },
    },
    select: {
      id: true,
      date: true,
      place: true,
      countryCode: true,
      participants: { select: { personId: true } },
      mentions: { where: { articleId: mention.articleId }, select: { id: true } },
    },
  });
  const candidates = rows.map((row) => ({ ...row, participantIds: row.participants.map((p) => p.personId) }));
  const picked = pickSameEvent(reported, candidates);
  if (!picked) return null;
  const stored = candidates.find((row) => row.id === picked.id)!;

  const newcomers = [...reported.participantIds].filter((id) => !stored.participantIds.includes(id));
  await tx.event.update({
    where: { id: stored.id },
    data: {
      place: stored.place ?? reported.place,
      countryCode: stored.countryCode ?? reported.countryCode,
      participants: { create: newcomers.map((personId) => ({ personId })) },
      ...(stored.mentions.length === 0 ? { mentions: { create: mention } } : {}),
    },
  });
  return stored.id;
}
