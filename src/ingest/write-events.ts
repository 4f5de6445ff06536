import type { EventFact } from "../extraction/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { findSameEvent, type KnownEvent, loadKnownEvents, type ReportedEvent } from "./link-event.ts";
import type { SpanCheck } from "./mention-spans.ts";
import { utcDate } from "./utc-date.ts";
import type { PersonIndex } from "./write-people.ts";

type Tx = Prisma.TransactionClient;

/**
 * Stores the article's events in order: each is linked to the event it is
 * (stored before, or told of earlier in this article, see findSameEvent), which
 * gains the article's mention, the participants it did not list and a missing
 * place or country (its title stays); else it is created with one of `newIds`.
 * The links are decided in memory on one read of the candidates, then written
 * with one statement per table. Returns each event's id, in the article's order.
 */
export async function writeEvents(
  tx: Tx,
  articleId: number,
  events: EventFact[],
  people: PersonIndex,
  newIds: number[],
  checkSpan: SpanCheck,
): Promise<number[]> {
  const reported = events.map((event) => reportedEvent(event, people));
  const known = await loadKnownEvents(tx, articleId, reported);
  const stored = new Map(known.map((event) => [event.id, { place: event.place, countryCode: event.countryCode }]));
  const created: (KnownEvent & { title: string })[] = [];
  const participants: Prisma.EventParticipantCreateManyInput[] = [];
  const mentions: Prisma.EventMentionCreateManyInput[] = [];
  const newId = newIds.values();

  const eventIds = events.map((event, i) => {
    const report = reported[i]!;
    const { start, end } = checkSpan(event.provenance.span, event.provenance.inTitle, `event "${event.title}"`);
    const mention = { articleId, start, end, confidence: event.provenance.confidence, extractor: event.provenance.extractor };
    let target = findSameEvent(report, known);
    if (!target) {
      const fresh = { id: newId.next().value!, type: report.type, title: event.title, date: report.date, place: null, countryCode: null, participantIds: [], mentioned: false };
      created.push(fresh);
      known.push(fresh);
      target = fresh;
    }
    for (const personId of report.participantIds) {
      if (target.participantIds.includes(personId)) continue;
      target.participantIds.push(personId);
      participants.push({ eventId: target.id, personId });
    }
    target.place ??= report.place;
    target.countryCode ??= report.countryCode;
    // An article that tells of one event twice keeps its first mention.
    if (!target.mentioned) mentions.push({ eventId: target.id, ...mention });
    target.mentioned = true;
    return target.id;
  });

  const changed = known.filter((event) => {
    const before = stored.get(event.id);
    return before && (before.place !== event.place || before.countryCode !== event.countryCode);
  });
  if (created.length > 0) {
    const data = created.map(({ id, type, title, date, place, countryCode }) => ({ id, type, title, date, place, countryCode }));
    await tx.event.createMany({ data });
  }
  if (changed.length > 0) await fillStoredEvents(tx, changed);
  if (participants.length > 0) await tx.eventParticipant.createMany({ data: participants });
  if (mentions.length > 0) await tx.eventMention.createMany({ data: mentions });
  return eventIds;
}

function reportedEvent(event: EventFact, people: PersonIndex): ReportedEvent {
  return {
    type: event.type,
    date: event.date ? utcDate(event.date) : null,
    place: event.place,
    countryCode: event.country,
    participantIds: new Set(event.participants.map((name) => people.resolve(name, "event participant"))),
  };
}

/** The place and country that stored events had missing and this article gave. */
async function fillStoredEvents(tx: Tx, events: KnownEvent[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Event" AS e SET "place" = u.place, "countryCode" = u.country_code
    FROM unnest(${events.map((event) => event.id)}::int[], ${events.map((event) => event.place)}::text[], ${events.map((event) => event.countryCode)}::text[])
      AS u(id, place, country_code)
    WHERE e."id" = u.id`;
}
