import type { Doc } from "../document.ts";
import type { CountryMention } from "./02-countries.ts";
import type { PersonEntity } from "./04-people.ts";
import { countryOfPlace } from "../lexicons/places.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { countryOfSurface } from "./02-countries.ts";
import { clauseBreaks, conferenceOfParties, eventNouns, eventVerbs, gatheringConferences, participationVerbs, summitNames } from "../lexicons/events.ts";
import { reportingVerbs } from "../lexicons/reporting.ts";
import { clauseEnd, type EventContext, type EventMention } from "../event-context.ts";
import { dateOf, relativeClauseDate } from "../event-dates.ts";
import { hostCountry, placeOf } from "../event-places.ts";
import { objectPeople, passiveAgents, peopleOf, possessiveWord, possessorPeople, subjectPeople } from "../event-people.ts";
import { mergeRepeats } from "../event-repeats.ts";
import { summitSides } from "../summit-sides.ts";
import type { EventType } from "../types.ts";

export type { EventMention } from "../event-context.ts";

const placePrepositions = new Set(["in", "at", "to"]);
const modalsBeforeVerb = new Set(["to", "will", "would", "may", "might", "can", "could", "did", "should", "must"]);

function namedGathering({ doc }: EventContext, t: number): { named: boolean; place: string | null } {
  const { tokens } = doc;
  const text = tokens[t]!.text;
  if (summitNames.has(text) || conferenceOfParties.test(text)) return { named: true, place: null };
  const before = tokens[t - 1]?.text ?? "";
  // "the NATO summit", "an ASEAN summit": an organisation's summit is a named gathering, written lower-case.
  if (text === "summit" && /^\p{Lu}{2,}$/u.test(before)) return { named: true, place: null };
  if (text !== "Summit" && text !== "Ministerial" && text !== "conference") return { named: false, place: null };
  // "the G7 Elmau Summit" → Elmau; "the 2014 Wales Summit" → Wales.
  const isPlace = countryOfSurface(before) !== null || countryOfPlace(before) !== null || !isEnglishWord(before);
  const place = /^\p{Lu}\p{Ll}+$/u.test(before) && !summitNames.has(before) && isPlace ? before : null;
  return { named: true, place };
}

/**
 * Events: talks, meetings, visits, trips, summits and calls, from verbs ("met
 * with", "hosted", "visited", "traveled to") and nouns ("Xi’s visit to Moscow",
 * "talks with Putin", "during a meeting with …"), each with its participants,
 * place, country and day. Plural meetings with several named counterparts are
 * one meeting each. The same event told twice (same type, same people, no
 * conflicting day or place) is kept once.
 */
export function findEvents(context: Omit<EventContext, "countryAt" | "found"> & { countries: CountryMention[] }): EventMention[] {
  const countryAt = new Map<number, CountryMention>();
  for (const mention of context.countries) countryAt.set(mention.tokenStart, mention);
  const found: EventMention[] = [];
  const ctx: EventContext = { ...context, countryAt, found };
  const { doc } = ctx;
  const { tokens } = doc;

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.start < doc.bodyStart || ctx.insideQuote(t)) continue;
    const text = token.text;
    const previous = tokens[t - 1]?.text ?? "";
    const asVerb = text in eventVerbs && (!(text in eventNouns) || modalsBeforeVerb.has(previous));
    let type: EventType | "travel" | undefined = asVerb ? eventVerbs[text] : eventNouns[text];
    if (text === "call" && !/^(?:phone|video|telephone)$/.test(previous) && tokens[t + 1]?.text !== "with") type = undefined;
    // "held a Foreign Ministers' Meeting with …"; a capitalised "Meeting" is otherwise part of a gathering's name.
    if (/^\p{Lu}/u.test(text) && text in eventNouns && !/^(?:with|between)$/.test(tokens[t + 1]?.text ?? "") && !summitNames.has(text) && text !== "Summit" && text !== "Ministerial") type = undefined;
    // "a summit meeting": one event, told by its head noun.
    if (type === "summit" && (tokens[t + 1]?.text ?? "") in eventNouns) continue;
    if (/^(?:summit|Summit)$/.test(previous) && type === "meeting") type = "summit";
    if (text === "phone") type = undefined;
    if (text === "conference" && gatheringConferences.has(previous.toLowerCase())) type = "meeting";
    if (summitNames.has(text)) type = /^\p{Lu}/u.test(tokens[t + 1]?.text ?? "") ? undefined : "summit"; // "G7 Elmau Summit": the Summit word tells it
    if (conferenceOfParties.test(text)) type = "other";
    if (!type) continue;

    const end = clauseEnd(ctx, t);
    const base = { start: token.start, end: token.end, token: t, sentence: token.sentence, date: dateOf(ctx, t), datedByClause: relativeClauseDate(ctx, t) !== null };
    const gathering = namedGathering(ctx, t);
    let participants: PersonEntity[][];
    let extractor: string;
    let anaphoric: EventMention["anaphoric"] = null;
    if (asVerb) {
      if (spokenInFirstPerson(doc, t)) continue;
      const subject = subjectPeople(ctx, t);
      // Travellers are the subject; people named after "traveled to X" are met there, later.
      const objects = type === "travel" || type === "visit" ? [] : objectPeople(ctx, t + 1, end).filter((person) => !subject.includes(person));
      // "welcomed the release …", "hosting an exercise", "spoke to reporters": no one to meet, no event.
      if ((text.startsWith("host") || text.startsWith("welcom") || text === "received" || type === "call") && !objects.length) continue;
      participants = [[...subject, ...objects]];
      extractor = `event.verb-${type}`;
    } else {
      const owners = possessorPeople(ctx, t);
      const link = linkWordAfter(ctx, t, end);
      const counterparts = link >= 0 ? objectPeople(ctx, link + 1, end) : [];
      let hosts: PersonEntity[] = [];
      for (let v = t - 1; v >= Math.max(t - 18, doc.sentences[token.sentence]!.tokenStart); v--) {
        const word = tokens[v]!.text;
        // "will host the next round of talks": a verb of taking part comes first, even when it also tells an event.
        if (!participationVerbs.has(word)) {
          if (clauseBreaks.has(word) || reportingVerbs.has(word) || (v < t - 1 && (word in eventNouns || word in eventVerbs))) break;
          continue;
        }
        hosts = word === "during" || word === "at" ? peopleOf(ctx, ctx.coreference.sentenceSubject(token.sentence, v), v) : subjectPeople(ctx, v);
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
      // "his visit", or "the meeting" with no counterpart of its own: an event told before.
      if (owners.length > 0 && /^(?:his|her|their)$/.test(possessiveWord(ctx, t))) anaphoric = "owner";
      // "the G20" is a name, not a reference back.
      else if (possessiveWord(ctx, t).toLowerCase() === "the" && !counterparts.length && !gathering.named) anaphoric = "definite";
      const others = counterparts.filter((person) => !subject.includes(person));
      const perCounterpart = text.endsWith("s") && type === "meeting" && others.length > 1;
      participants = perCounterpart ? others.map((other) => [...subject, other]) : [[...subject, ...others]];
      // "the Japan-EU Summit", told with no one attending: the people of its two sides.
      if (!subject.length && !others.length && gathering.named) participants = [summitSides(tokens[t - 1]?.text ?? "", ctx.people)];
      extractor = `event.noun-${type}`;
    }

    const resolvedType: EventType = type === "travel" ? travelType(doc, t) : type;
    const location = placeOf(ctx, t, end, type === "visit" || type === "trip" || type === "travel");
    const place = location.place ?? gathering.place;
    const country = location.country ?? (gathering.place ? (countryOfSurface(gathering.place)?.code ?? countryOfPlace(gathering.place)) : null) ?? hostCountry(ctx, t);
    for (const people of participants) {
      if (!people.length && !(gathering.named && (place || country))) continue;
      found.push({
        ...base,
        type: resolvedType,
        participants: people,
        place: resolvedType === "call" ? null : place,
        country: resolvedType === "call" ? null : country,
        confidence: people.length ? 0.7 : 0.6,
        extractor,
        anaphoric,
      });
    }
  }
  return mergeRepeats(found);
}

/** "for the NATO summit", "for COP29": a gathering named as a journey's purpose. */
function purposeFor(doc: Doc, t: number): boolean {
  let k = t - 1;
  while (k > t - 5 && k > 0 && doc.tokens[k]!.text !== "for" && (doc.tokens[k]!.text === "the" || /^[\p{Lu}\d]/u.test(doc.tokens[k]!.text))) k--;
  return doc.tokens[k]?.text === "for";
}

/** "I was delighted to meet …": an event told by a speaker, whose "I" we leave to the statement. */
function spokenInFirstPerson(doc: Doc, t: number): boolean {
  const sentence = doc.tokens[t]!.sentence;
  for (let i = t - 1; i >= Math.max(0, t - 6) && doc.tokens[i]!.sentence === sentence; i--) {
    if (/^(?:I|we|We)$/.test(doc.tokens[i]!.text)) return true;
  }
  return false;
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
  return i < end && /^(?:by|with|between)$/.test(tokens[i]!.text) ? i : -1;
}

/** Travel the article calls a trip is a trip; other travel to a place is a visit. */
function travelType(doc: Doc, t: number): EventType {
  const sentence = doc.tokens[t]!.sentence;
  const last = doc.sentences[Math.min(sentence + 2, doc.sentences.length - 1)]!;
  for (let i = t; i < last.tokenEnd; i++) if (doc.tokens[i]!.text === "trip") return "trip";
  return "visit";
}
