import type { Doc, EventMention, PersonEntity } from "../annotations.ts";
import type { EventType } from "../types.ts";
import { afterSaying, counterpartLinks, clauseBreaks, eventNouns, eventVerbs, journeyTypes, participationVerbs } from "../lexicons/events.ts";
import { possessivePronouns } from "../lexicons/reporting.ts";
import { reportingVerbs } from "../lexicons/reporting.ts";
import type { EventContext } from "./context.ts";
import { objectPeople, passiveAgents, peopleOf, possessiveWord, possessorPeople, subjectPeople } from "./people.ts";
import { placePrepositions } from "../lexicons/places.ts";
import { summitSides } from "./summit-sides.ts";

// Who takes part in an event a noun names ("Xi’s visit to Moscow", "held talks
// with Putin", "during a meeting with …"), and whether the noun refers back.

/**
 * The participants of the event the noun at `t` names, one list per event (plural
 * meetings with several named counterparts are one meeting each), and whether
 * it is an event told before.
 */
export function nounParticipants(
  ctx: EventContext,
  t: number,
  end: number,
  type: EventType | "travel",
  gathering: { named: boolean },
): { participants: PersonEntity[][]; anaphoric: EventMention["anaphoric"] } {
  const { doc, found } = ctx;
  const { tokens } = doc;
  const token = tokens[t]!;
  const owners = possessorPeople(ctx, t);
  const link = linkWordAfter(ctx, t, end);
  const counterparts = link >= 0 ? objectPeople(ctx, link + 1, end) : [];
  let hosts: PersonEntity[] = [];
  for (let v = t - 1; v >= Math.max(t - 18, doc.sentences[token.sentence]!.tokenStart); v--) {
    const word = tokens[v]!.text.toLowerCase();
    // "Wang Yi said after a meeting of foreign ministers": who speaks after a meeting took part in it.
    if (afterSaying.has(word) && reportingVerbs.has(tokens[v - 1]?.text ?? "")) {
      hosts = subjectPeople(ctx, v - 1);
      break;
    }
    // "will host the next round of talks": a verb of taking part comes first, even when it also tells an event.
    if (!participationVerbs.has(word)) {
      if (clauseBreaks.has(word) || reportingVerbs.has(word) || (v < t - 1 && (word in eventNouns || word in eventVerbs))) break;
      continue;
    }
    // "During a trip to Lima, Ana Ruiz announced …": a fronted "during" takes the subject after it.
    const fronted = v === doc.sentences[token.sentence]!.tokenStart || /^[—–]$/.test(tokens[v - 1]?.text ?? "");
    const subjectEnd = fronted ? doc.sentences[token.sentence]!.tokenEnd : v;
    hosts = word === "during" || word === "at" ? peopleOf(ctx, ctx.coreference.sentenceSubject(token.sentence, subjectEnd), subjectEnd) : subjectPeople(ctx, v);
    break;
  }
  // "Hunt …, following two days of meetings with Pence, Pompeo …": the sentence's subject met them.
  if (!owners.length && !hosts.length && link >= 0 && tokens[link]!.text === "with") {
    hosts = peopleOf(ctx, ctx.coreference.sentenceSubject(token.sentence, t), t);
  }
  // "travelled to Brussels for the NATO summit": the travellers attend it.
  if (!owners.length && !hosts.length && gathering.named && purposeFor(doc, t)) {
    hosts = found.findLast((event) => event.sentence === token.sentence && (event.type === "visit" || event.type === "trip"))?.participants ?? [];
  }
  if (!owners.length && !hosts.length) hosts = passiveAgents(ctx, t);
  const subject = [...owners, ...hosts.filter((person) => !owners.includes(person))];
  let anaphoric: EventMention["anaphoric"] = null;
  // "his visit", or "the meeting" with no counterpart of its own: an event told before.
  if (owners.length > 0 && possessivePronouns.has(possessiveWord(ctx, t))) anaphoric = "owner";
  // "the G20" is a name, not a reference back.
  else if (possessiveWord(ctx, t).toLowerCase() === "the" && !counterparts.length && !gathering.named) anaphoric = "definite";
  const others = counterparts.filter((person) => !subject.includes(person));
  const perCounterpart = token.text.endsWith("s") && type === "meeting" && others.length > 1;
  // "Their visits come as …": several travellers' journeys are one each.
  const perTraveller = token.text.endsWith("s") && journeyTypes.has(type) && owners.length > 1 && !hosts.length && !others.length;
  let participants = perCounterpart ? others.map((other) => [...subject, other]) : perTraveller ? owners.map((owner) => [owner]) : [[...subject, ...others]];
  // "the Canada-EU Summit", told with no one attending: the people of its sides.
  if (!subject.length && !others.length && gathering.named) participants = [summitSides(tokens[t - 1]?.text ?? "", ctx.people, (person) => ctx.coreference.countryOf(person), (person) => ctx.coreference.roleOf(person))];
  return { participants, anaphoric };
}

/** "for the NATO summit", "for COP29": a gathering named as a journey's purpose. */
function purposeFor(doc: Doc, t: number): boolean {
  let k = t - 1;
  while (k > t - 5 && k > 0 && doc.tokens[k]!.text !== "for" && (doc.tokens[k]!.text === "the" || /^[\p{Lu}\d]/u.test(doc.tokens[k]!.text))) k--;
  return doc.tokens[k]?.text === "for";
}

/**
 * The "by", "with" or "between" that names an event's counterparts: right after it, or after its place
 * ("meetings in Washington with …") or its time ("a trip last week by …").
 */
function linkWordAfter({ doc, dates }: EventContext, t: number, end: number): number {
  const { tokens } = doc;
  let i = t + 1;
  for (;;) {
    const time = dates.find((date) => date.tokenStart === i);
    if (time) while (i < end && tokens[i]!.start < time.end) i++;
    else if (placePrepositions.has(tokens[i]?.text ?? "") && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) {
      i++;
      while (i < end && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
    } else break;
  }
  return i < end && counterpartLinks.has(tokens[i]!.text) ? i : -1;
}
