import type { EventMention, PersonEntity } from "../annotations.ts";
import type { EventType } from "../types.ts";

const sameSet = (a: PersonEntity[], b: PersonEntity[]) => a.length === b.length && a.every((person) => b.includes(person));
const within = (part: PersonEntity[], whole: PersonEntity[]) => part.every((person) => whole.includes(person));
const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;
/** A trip and a visit by the same people to the same place are one journey: "Xi’s trip", "Xi’s visit to Moscow". */
const sameKind = (a: EventType, b: EventType) => a === b || (a === "visit" && b === "trip") || (a === "trip" && b === "visit");

const encounters = new Set<EventType>(["meeting", "talks"]);

/**
 * One encounter told by a verb and a noun in one sentence: "Ana Ruiz and Tom Hale met on Monday and held
 * talks in Lima". The same people, both meetings or talks, no gathering's margins between them.
 */
function sameEncounter(event: EventMention, other: EventMention): boolean {
  if (other.sentence !== event.sentence || !encounters.has(event.type) || !encounters.has(other.type)) return false;
  if (!event.participants.length || !sameSet(event.participants, other.participants)) return false;
  return event.extractor.startsWith("event.verb") !== other.extractor.startsWith("event.verb") && compatible(other.place, event.place);
}

/** Whether `event` tells `other` again: "Xi’s visit to Moscow" … "his visit"; "met in Lima" … "after the meeting". */
function repeats(event: EventMention, other: EventMention): boolean {
  // One word telling several events ("meetings in Paris and in Rome") tells each once.
  if (event.token === other.token) return false;
  if (sameEncounter(event, other)) return true;
  // "held talks … During the meeting, …": a reference back may call an encounter by the other name.
  const kindAgrees = sameKind(other.type, event.type) || (event.anaphoric === "definite" && encounters.has(event.type) && encounters.has(other.type));
  if (!kindAgrees || !compatible(other.place, event.place) || !compatible(other.country, event.country)) return false;
  // A reference back names no one new. "The trip" is the trip told before, whatever day the sentence
  // gives ("Today they discussed the trip"); "their sixth meeting" on a day of its own is another one.
  // "the summit was co-hosted by A and B": a gathering named with no one gets its people from the reference.
  if (event.anaphoric === "definite") return within(event.participants, other.participants) || !other.participants.length;
  // "his trip to Australia" after a journey with no destination told is another journey.
  if (event.anaphoric === "owner") return within(event.participants, other.participants) && (event.date === null || event.date === other.date) && (event.country === null || event.country === other.country);
  // Two events told in one sentence are two events, even when alike ("a bilateral on the margins of a ministerial").
  if (other.sentence === event.sentence || !compatible(other.date, event.date)) return false;
  return event.participants.length ? sameSet(other.participants, event.participants) : !other.participants.length && other.place === event.place;
}

/** The events told once each: a repeat adds its place, country and day to the first telling and raises its confidence. */
export function mergeRepeats(events: EventMention[]): EventMention[] {
  const kept: EventMention[] = [];
  for (const event of events) {
    const twin = kept.find((other) => repeats(event, other));
    if (!twin) {
      kept.push(event);
      continue;
    }
    if (twin.type !== event.type && event.type === "visit") twin.type = "visit";
    // "met … and held talks": the noun names the encounter more exactly.
    if (twin.type !== event.type && event.type === "talks" && event.anaphoric !== "definite") twin.type = "talks";
    twin.place ??= event.place;
    twin.country ??= event.country;
    if (!twin.participants.length) {
      twin.participants = event.participants;
      twin.awaitsParticipants = false;
    }
    if (event.datedByClause) twin.date = event.date;
    else if (event.anaphoric !== "definite") twin.date ??= event.date;
    twin.confidence = Math.min(0.95, twin.confidence + 0.1);
  }
  return kept;
}

/**
 * "arrived for official meetings with the host nation's leaders … is scheduled to meet Zardari and Sharif":
 * plural meetings with no one named on the other side sum up the meetings the article tells one by one,
 * so they are no event of their own once one of those names a counterpart of the same person.
 */
export function withoutSummaries(events: EventMention[], isPluralNoun: (event: EventMention) => boolean): EventMention[] {
  const summary = (event: EventMention) => event.type === "meeting" && event.participants.length === 1 && isPluralNoun(event);
  return events.filter(
    (event) => !summary(event) || !events.some((other) => other !== event && other.type === "meeting" && other.participants.length > 1 && other.participants.includes(event.participants[0]!)),
  );
}
