import type { EventMention } from "../annotations.ts";
import type { EventType } from "../types.ts";

// A headline names in short what the body tells in full: "Xi, Putin begin talks at Kremlin" over a body
// telling the talks between Xi and Putin in Moscow.

/** A trip and a visit are one journey; other kinds must agree. */
const sameKind = (a: EventType, b: EventType) => a === b || (a !== b && [a, b].every((type) => type === "visit" || type === "trip"));

const shareSomeone = (a: EventMention, b: EventMention) => a.participants.some((person) => b.participants.includes(person));

const samePlace = (a: EventMention, b: EventMention) => (a.place !== null && a.place === b.place) || (a.country !== null && a.country === b.country);

/**
 * The body's events, with each headline event folded into the body event it summarises: one of the same kind
 * sharing someone (or, for a gathering no one is named at, its place). The headline adds the people, place and
 * country the body left out ("Biden's Meeting with Stoltenberg" over "the President met …"). A headline event the
 * body never tells stays an event of its own ("Borrell concludes participation in Munich Security Conference").
 */
export function foldHeadline(headline: EventMention[], body: EventMention[]): EventMention[] {
  const folded = new Map<EventMention, EventMention>(body.map((event) => [event, event]));
  const own: EventMention[] = [];
  for (const summary of headline) {
    const told = body.find((event) => sameKind(event.type, summary.type) && (summary.participants.length ? shareSomeone(event, summary) : samePlace(event, summary)));
    if (!told) {
      own.push(summary);
      continue;
    }
    const current = folded.get(told)!;
    folded.set(told, {
      ...current,
      participants: [...current.participants, ...summary.participants.filter((person) => !current.participants.includes(person))],
      place: current.place ?? (current.country === null || current.country === summary.country ? summary.place : null),
      country: current.country ?? summary.country,
    });
  }
  return [...own, ...body.map((event) => folded.get(event)!)];
}
