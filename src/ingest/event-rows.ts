import type { EventFact } from "../extraction/types.ts";
import type { ArticleRows } from "./article-rows.ts";
import { findSameEvent, type KnownEvent, type ReportedEvent } from "./link-event.ts";
import type { SpanCheck } from "./mention-spans.ts";
import { utcDate } from "./utc-date.ts";
import type { PersonIndex } from "./person-rows.ts";

type EventRows = Pick<ArticleRows, "events" | "eventUpdates" | "participants" | "eventMentions">;

/**
 * The rows of the article's events, taken in order: each is linked to the
 * event it is (stored before, or told of earlier in this article, see
 * findSameEvent), which gains the article's mention, the participants it did
 * not list and a missing place or country (its title stays); else it is
 * created with one of `newIds`. Also each event's id, in the article's order.
 * `known` are the stored candidates (see allocateIdsAndLoadEvents).
 */
export function eventRows(
  articleId: number,
  events: EventFact[],
  people: PersonIndex,
  known: KnownEvent[],
  newIds: number[],
  checkSpan: SpanCheck,
): { eventIds: number[]; rows: EventRows } {
  const stored = new Map(known.map((event) => [event.id, { place: event.place, countryCode: event.countryCode }]));
  const candidates = [...known];
  const created: (KnownEvent & { title: string })[] = [];
  const rows: EventRows = { events: [], eventUpdates: [], participants: [], eventMentions: [] };
  const newId = newIds.values();

  const eventIds = events.map((event) => {
    const report = reportedEvent(event, people);
    const { start, end } = checkSpan(event.provenance.span, event.provenance.inTitle, `event "${event.title}"`);
    let target = findSameEvent(report, candidates);
    if (!target) {
      const fresh = { id: newId.next().value!, type: report.type, title: event.title, date: report.date, place: null, countryCode: null, participantIds: [], mentioned: false };
      created.push(fresh);
      candidates.push(fresh);
      target = fresh;
    }
    for (const personId of report.participantIds) {
      if (target.participantIds.includes(personId)) continue;
      target.participantIds.push(personId);
      rows.participants.push({ eventId: target.id, personId });
    }
    target.place ??= report.place;
    target.countryCode ??= report.countryCode;
    // An article that tells of one event twice keeps its first mention.
    if (!target.mentioned) rows.eventMentions.push({ eventId: target.id, articleId, start, end, confidence: event.provenance.confidence, extractor: event.provenance.extractor });
    target.mentioned = true;
    return target.id;
  });

  rows.events = created.map(({ id, type, title, date, place, countryCode }) => ({ id, type, title, date, place, countryCode }));
  rows.eventUpdates = known
    .filter((event) => event.place !== stored.get(event.id)!.place || event.countryCode !== stored.get(event.id)!.countryCode)
    .map(({ id, place, countryCode }) => ({ id, place, countryCode }));
  return { eventIds, rows };
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
