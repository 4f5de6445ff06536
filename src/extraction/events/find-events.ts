import type { CountryMention, Doc, EventMention, PersonEntity } from "../annotations.ts";
import { countryOfPlace } from "../lexicons/places.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { countryOfSurface } from "../countries/find-countries.ts";
import { addressVerbs, callMedia, encounterLinks, firstPersonSubjects, gatheringNameHeads, conferenceOfParties, eventNouns, eventVerbs, gatheringConferences, namedOccasionHeads, summitNames, travelTypes } from "../lexicons/events.ts";
import { assemblyCountry, isGatheringVerb, isOtherOccasion, placeInName } from "./occasions.ts";
import { clauseEnd, type EventContext } from "./context.ts";
import { dateOf, relativeClauseDate } from "./dates.ts";
import { hostCountry, placeOf, placesEach } from "./places.ts";
import { gatherers, objectPeople, subjectPeople } from "./people.ts";
import { nounParticipants } from "./noun-people.ts";
import { mergeRepeats, withoutSummaries } from "./repeats.ts";
import { foldHeadline } from "./headline.ts";
import { listedCountries, meetingsByCounterpartCountry } from "./counterparts.ts";
import type { EventType } from "../types.ts";
import { determinersBeforeAdjective, modalsBeforeVerb } from "../lexicons/clauses.ts";



function namedGathering(ctx: EventContext, t: number): { named: boolean; place: string | null } {
  const { tokens } = ctx.doc;
  const text = tokens[t]!.text;
  if (summitNames.has(text) || conferenceOfParties.test(text)) return { named: true, place: null };
  const before = tokens[t - 1]?.text ?? "";
  // "the NATO summit", "an ASEAN summit": an organisation's summit is a named gathering, written lower-case.
  if (text === "summit" && /^\p{Lu}{2,}$/u.test(before)) return { named: true, place: null };
  // "the Munich Security Conference", "the U.N. General Assembly": a place inside the name is where it meets.
  if (namedOccasionHeads.has(text)) return isOtherOccasion(ctx, t) ? { named: true, place: placeInName(ctx, Math.max(0, t - 6), t) } : { named: false, place: null };
  // "the Washington summit", "the Vilnius summit": a summit named by the city that hosts it.
  if (text === "summit" && /^\p{Lu}\p{Ll}+$/u.test(before) && countryOfPlace(before) !== null) return { named: true, place: before };
  if (!gatheringNameHeads.has(text) && text !== "conference") return { named: false, place: null };
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
    if (ctx.insideQuote(t)) continue;
    const text = token.text;
    const previous = tokens[t - 1]?.text ?? "";
    const asVerb = text in eventVerbs && (!(text in eventNouns) || modalsBeforeVerb.has(previous));
    let type: EventType | "travel" | undefined = asVerb ? eventVerbs[text] : eventNouns[text];
    // "a visiting researcher", "the visiting delegation": a participle used as an adjective tells no event.
    if (/ing$/.test(text) && !(text in eventNouns) && determinersBeforeAdjective.has(previous.toLowerCase())) type = undefined;
    // "a phone call", "a call with …", "the call between A and B", "a Feb. 8 call": a call, not a call for something.
    const datedCall = ctx.dates.some((date) => date.end <= token.start && date.end >= (tokens[t - 1]?.start ?? 0));
    if (text === "call" && !callMedia.has(previous) && !encounterLinks.has(tokens[t + 1]?.text ?? "") && !datedCall) type = undefined;
    // "held a Foreign Ministers' Meeting with …"; a capitalised "Meeting" is otherwise part of a gathering's name.
    if (/^\p{Lu}/u.test(text) && text in eventNouns && !encounterLinks.has(tokens[t + 1]?.text ?? "") && !summitNames.has(text) && !gatheringNameHeads.has(text)) type = undefined;
    // "a summit meeting", "a ministerial meeting", "bilateral talks": one event, told by its head noun.
    if (!asVerb && type && (tokens[t + 1]?.text ?? "") in eventNouns && tokens[t + 1]!.text !== "phone") continue;
    if (previous.toLowerCase() === "summit" && type === "meeting") type = "summit";
    if (text === "phone") type = undefined;
    if (text === "conference" && gatheringConferences.has(previous.toLowerCase())) type = "meeting";
    if (summitNames.has(text)) type = /^\p{Lu}/u.test(tokens[t + 1]?.text ?? "") ? undefined : "summit"; // "G7 Elmau Summit": the Summit word tells it
    if (conferenceOfParties.test(text)) type = "other";
    if (!type && isOtherOccasion(ctx, t)) type = "other";
    const gatheringVerb = !type && isGatheringVerb(ctx, t);
    if (gatheringVerb) type = "meeting";
    if (!type) continue;

    const end = clauseEnd(ctx, t);
    const base = { start: token.start, end: token.end, token: t, sentence: token.sentence, date: dateOf(ctx, t), datedByClause: relativeClauseDate(ctx, t) !== null };
    const gathering = namedGathering(ctx, t);
    let participants: PersonEntity[][];
    let extractor: string;
    let anaphoric: EventMention["anaphoric"] = null;
    if (gatheringVerb) {
      participants = [gatherers(ctx, t)];
      extractor = "event.verb-gathering";
    } else if (addressVerbs.has(text)) {
      if (spokenInFirstPerson(doc, t)) continue;
      participants = [subjectPeople(ctx, t)];
      extractor = "event.verb-address";
    } else if (asVerb) {
      if (spokenInFirstPerson(doc, t)) continue;
      const subject = subjectPeople(ctx, t);
      // Travellers are the subject; people named after "traveled to X" are met there, later.
      const objects = type === "travel" || type === "visit" ? [] : objectPeople(ctx, t + 1, end).filter((person) => !subject.includes(person));
      // "welcomed the release …", "hosting an exercise", "spoke to reporters": no one to meet, no event.
      if ((text.startsWith("host") || text.startsWith("welcom") || text === "received" || type === "call") && !objects.length) continue;
      // "Ana Ruiz will meet Tom Hale, Omar Haddad and Lena Berg": one meeting per counterpart; a couple met together is one.
      const perCounterpart = subject.length === 1 && objects.length > 1 && (type === "meeting" || type === "talks") && !oneFamily(objects);
      participants = perCounterpart ? objects.map((object) => [...subject, object]) : [[...subject, ...objects]];
      extractor = `event.verb-${type}`;
    } else {
      ({ participants, anaphoric } = nounParticipants(ctx, t, end, type, gathering));
      extractor = `event.noun-${type}`;
      const byCountry = type === "meeting" && participants.length === 1 ? meetingsByCounterpartCountry(ctx, t, end, participants[0]!) : null;
      if (byCountry) {
        participants = byCountry;
        extractor = "event.noun-meeting-per-counterpart-country";
      }
    }

    const resolvedType: EventType = type === "travel" ? travelType(doc, t) : type;
    const location = placeOf(ctx, t, end, type === "visit" || type === "trip" || type === "travel");
    const place = location.place ?? gathering.place;
    const country = location.country ?? (gathering.place ? (countryOfSurface(gathering.place)?.code ?? countryOfPlace(gathering.place)) : null) ?? hostCountry(ctx, t) ?? (addressVerbs.has(text) ? assemblyCountry(ctx, t) : null);
    // "will visit Peru, Chile and Bolivia": one visit per country on the list.
    const countries = resolvedType === "visit" || resolvedType === "trip" ? listedDestinations(ctx, t, end) : [];
    // "meetings in Europe and in the United Kingdom": one per place.
    const places = !asVerb && resolvedType !== "call" ? placesEach(ctx, t, end) : [];
    const stops = countries.length > 1 ? countries.map((code) => ({ place: null, country: code })) : places.length ? places : [{ place, country }];
    for (const people of participants) {
      if (!people.length && !gatheringVerb && !(gathering.named && (place || country))) continue;
      for (const stop of stops) {
        found.push({
          ...base,
          type: resolvedType,
          participants: people,
          place: resolvedType === "call" ? null : stop.place,
          country: resolvedType === "call" ? null : stop.country,
          confidence: people.length ? 0.7 : 0.6,
          extractor: stops.length > 1 ? `${extractor}-per-destination` : extractor,
          anaphoric,
          ...(gatheringVerb && !people.length ? { awaitsParticipants: true } : {}),
        });
      }
    }
  }
  const headline = mergeRepeats(found.filter((event) => event.start < doc.bodyStart)).filter((event) => !event.awaitsParticipants);
  // A plural meeting noun told by itself, not split per counterpart or place.
  const pluralNoun = (event: EventMention) => event.extractor === "event.noun-meeting" && /s$/.test(tokens[event.token]!.text);
  const body = withoutSummaries(mergeRepeats(found.filter((event) => event.start >= doc.bodyStart)).filter((event) => !event.awaitsParticipants), pluralNoun);
  return hostedDuringJourneys(foldHeadline(headline, body), (person) => ctx.coreference.countryOf(person));
}

/** The countries a journey lists as its destinations: "visit Fiji, Palau and Samoa", "stops in Fiji and Samoa". */
function listedDestinations(context: EventContext, t: number, end: number): string[] {
  const next = context.doc.tokens[t + 1]?.text ?? "";
  return listedCountries(context, next === "to" || next === "in" ? t + 2 : t + 1, end);
}

/**
 * A meeting with a host during a journey happens at its destination: "Ana Ruiz visited Lima. On Monday
 * she met Peruvian Foreign Minister Luis Pardo" gives the meeting Lima. It takes the place only when the
 * traveller has one destination and the counterpart is of that destination's country.
 */
function hostedDuringJourneys(events: EventMention[], countryOf: (person: PersonEntity) => string | null): EventMention[] {
  const destinations = (person: PersonEntity) => events.filter((event) => travelTypes.has(event.type) && event.country && event.participants.includes(person));
  return events.map((event) => {
    if (event.place || event.country || !(event.type === "meeting" || event.type === "talks")) return event;
    for (const traveller of event.participants) {
      const journeys = destinations(traveller);
      const where = journeys[0];
      if (!where || journeys.some((journey) => journey.country !== where.country)) continue;
      const places = new Set(journeys.map((journey) => journey.place).filter((place) => place !== null));
      const hosted = event.participants.some((person) => person !== traveller && countryOf(person) === where.country);
      if (hosted) return { ...event, place: places.size === 1 ? [...places][0]! : null, country: where.country };
    }
    return event;
  });
}

/** "Ana and Luis Ruiz": people sharing one surname are met together. */
function oneFamily(people: PersonEntity[]): boolean {
  const surnames = new Set(people.map((person) => person.name.split(" ").at(-1)));
  return surnames.size === 1;
}

/** "I was delighted to meet …": an event told by a speaker, whose "I" we leave to the statement. */
function spokenInFirstPerson(doc: Doc, t: number): boolean {
  const sentence = doc.tokens[t]!.sentence;
  for (let i = t - 1; i >= Math.max(0, t - 6) && doc.tokens[i]!.sentence === sentence; i--) {
    if (firstPersonSubjects.has(doc.tokens[i]!.text)) return true;
  }
  return false;
}

/** Travel the article calls a trip is a trip; other travel to a place is a visit. */
function travelType(doc: Doc, t: number): EventType {
  const sentence = doc.tokens[t]!.sentence;
  const last = doc.sentences[Math.min(sentence + 2, doc.sentences.length - 1)]!;
  for (let i = t; i < last.tokenEnd; i++) if (doc.tokens[i]!.text === "trip") return "trip";
  return "visit";
}
