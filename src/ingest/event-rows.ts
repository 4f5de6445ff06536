import type { EventFact } from "../extraction/types.ts";
import type { ArticleRows } from "./article-rows.ts";
import { findSameEvent, type KnownEvent, type ReportedEvent } from "./link-event.ts";
import type { SpanCheck } from "./mention-spans.ts";
import type { PersonIndex } from "./person-rows.ts";
import { utcDate } from "./utc-date.ts";

type CreatedEvent = KnownEvent & { title: string };

/**
 * The event rows of a run of articles, written together. Each article's
 * events, taken in order, are linked to the event they are (stored before,
 * told of by an article before, or earlier in this article, see
 * findSameEvent), which gains the article's mention, the participants it did
 * not list and a missing place or country (its title stays); else they are
 * created with a provisional id (see FactPlan). `known` are the stored
 * candidates (see loadKnownFacts).
 */
export class EventRows {
  private readonly events: KnownEvent[];
  private readonly stored: Map<number, KnownEvent>;
  private readonly created: CreatedEvent[] = [];
  private readonly participants: ArticleRows["participants"] = [];
  private readonly mentions: ArticleRows["eventMentions"] = [];

  constructor(
    known: KnownEvent[],
    private readonly newId: () => number,
  ) {
    // Copies: the rows change them as articles are added; the originals tell what changed.
    this.events = known.map((event) => ({ ...event, participantIds: [...event.participantIds] }));
    this.stored = new Map(known.map((event) => [event.id, event]));
  }

  /** Adds an article's events; returns each one's id, in the article's order. */
  add(articleId: number, events: EventFact[], people: PersonIndex, checkSpan: SpanCheck): number[] {
    // An article that tells of one event twice keeps its first mention.
    const mentioned = new Set<number>();
    return events.map((event) => {
      const report = reportedEvent(event, people);
      const { start, end } = checkSpan(event.provenance.span, event.provenance.inTitle, `event "${event.title}"`);
      const target = findSameEvent(report, this.events) ?? this.create(event, report);
      for (const personId of report.participantIds) {
        if (target.participantIds.includes(personId)) continue;
        target.participantIds.push(personId);
        this.participants.push({ eventId: target.id, personId });
      }
      target.place ??= report.place;
      target.countryCode ??= report.countryCode;
      if (!mentioned.has(target.id)) {
        this.mentions.push({ eventId: target.id, articleId, start, end, confidence: event.provenance.confidence, extractor: event.provenance.extractor });
      }
      mentioned.add(target.id);
      return target.id;
    });
  }

  /** The rows of every article added: the events created, as the later articles left them, and the stored events given a place or country. */
  rows(): Pick<ArticleRows, "events" | "eventUpdates" | "participants" | "eventMentions"> {
    const changed = (event: KnownEvent) => {
      const before = this.stored.get(event.id);
      return before !== undefined && (event.place !== before.place || event.countryCode !== before.countryCode);
    };
    return {
      events: this.created.map(({ id, type, title, date, place, countryCode }) => ({ id, type, title, date, place, countryCode })),
      eventUpdates: this.events.filter(changed).map(({ id, place, countryCode }) => ({ id, place, countryCode })),
      participants: this.participants,
      eventMentions: this.mentions,
    };
  }

  private create(event: EventFact, report: ReportedEvent): CreatedEvent {
    const created = { id: this.newId(), type: report.type, title: event.title, date: report.date, place: null, countryCode: null, participantIds: [] };
    this.created.push(created);
    this.events.push(created);
    return created;
  }
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
