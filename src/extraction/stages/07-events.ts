import { isPossessive, type Doc } from "../document.ts";
import type { Coreference, Referent } from "../coreference.ts";
import type { CountryMention } from "./02-countries.ts";
import type { PersonEntity } from "./04-people.ts";
import type { DateMention } from "./05-dates.ts";
import { countryOfPlace } from "../lexicons/places.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { countryOfSurface } from "./02-countries.ts";
import {
  clauseBreaks,
  eventNouns,
  eventVerbs,
  gatheringConferences,
  gatheringHeads,
  conferenceOfParties,
  participationVerbs,
  summitNames,
} from "../lexicons/events.ts";
import { reportingVerbs } from "../lexicons/reporting.ts";
import { mergeRepeats } from "../event-repeats.ts";
import { summitSides } from "../summit-sides.ts";
import { pluralOffice } from "../descriptions.ts";
import type { EventType } from "../types.ts";

export interface EventMention {
  type: EventType;
  participants: PersonEntity[];
  place: string | null;
  country: string | null;
  date: string | null;
  /** The trigger word's span and token. */
  start: number;
  end: number;
  token: number;
  sentence: number;
  confidence: number;
  extractor: string;
  /**
   * It refers back to an event told before: through its owner ("his visit",
   * "their sixth meeting", which may still be another occasion) or as "the
   * meeting" with no one new, which is the same one.
   */
  anaphoric: "owner" | "definite" | null;
}

const modalsBeforeVerb = new Set(["to", "will", "would", "may", "might", "can", "could", "did", "should", "must"]);
const objectControlVerbs = new Set(["invited", "invites", "invite", "asked", "urged", "encouraged", "allowed"]);
const nounModifiers = /^(?:[\p{Ll}\d][\p{L}\d-]*|first|second|third|surprise|official|state|recent|upcoming|historic)$/u;
const placePrepositions = new Set(["in", "at", "to"]);

interface Context {
  doc: Doc;
  coreference: Coreference;
  countryAt: Map<number, CountryMention>;
  dates: DateMention[];
  insideQuote: (token: number) => boolean;
  /** The events found so far, in text order. */
  found: EventMention[];
  people: PersonEntity[];
}

const isTrigger = (text: string) => text in eventNouns || text in eventVerbs || summitNames.has(text) || conferenceOfParties.test(text);

/** The stretch after token `t` that its participants and place are read from: up to a clause break or the next event. */
function clauseEnd({ doc }: Context, t: number): number {
  const { tokens } = doc;
  const sentence = tokens[t]!.sentence;
  let i = t + 1;
  while (i < tokens.length && i < t + 40 && tokens[i]!.sentence === sentence) {
    const text = tokens[i]!.text;
    // "spoke with her by phone on Sunday": "phone" tells the kind of call, not another event.
    if (clauseBreaks.has(text) || reportingVerbs.has(text) || (isTrigger(text) && text !== "phone")) break;
    i++;
  }
  return i;
}

const encounters = new Set<EventType>(["meeting", "talks", "call", "summit"]);

/**
 * "Xi and Putin", or "the leaders": the people of the last meeting told, who
 * may include someone never named ("The Prime Minister welcomed President
 * Lula … The leaders agreed …" gives Lula alone), else the last two named.
 */
function peopleOf(context: Context, referent: Referent, before: number): PersonEntity[] {
  if (referent.kind === "person") return [referent.person];
  if (referent.kind === "joint") {
    const named = context.coreference.peopleIn(referent.start, before);
    if (named.length >= 2) return named;
    const office = pluralOffice(context.coreference, referent.start, Math.min(before, referent.start + 4));
    if (office) return context.coreference.recentPair(referent.start, office);
    const last = context.found.findLast((event) => encounters.has(event.type) && event.participants.length && event.token < referent.start);
    return last ? [...last.participants] : context.coreference.recentPair(referent.start);
  }
  return [];
}

/** Who does the verb at `t`: its subject, or for "to meet", "is expected to meet", the one the sentence is about. */
function subjectPeople(context: Context, t: number): PersonEntity[] {
  const { doc, coreference } = context;
  const { tokens } = doc;
  // "thanked President Berg for hosting the summit": the one thanked.
  if (tokens[t - 1]?.text === "for" && tokens[t]!.text.endsWith("ing")) {
    const thanked = coreference.nearestPersonBefore(t);
    return thanked ? [thanked] : [];
  }
  const direct = peopleOf(context, coreference.subjectBefore(t), t);
  if (direct.length) return direct;
  const sentence = tokens[t]!.sentence;
  const from = Math.max(doc.sentences[sentence]!.tokenStart, t - 8);
  for (let i = t - 1; i >= Math.max(from, t - 5); i--) {
    if (/^(?:he|she)$/i.test(tokens[i]!.text)) {
      const person = coreference.nearestPersonBefore(i);
      return person ? [person] : [];
    }
  }
  for (let i = t - 1; i >= from; i--) {
    if (objectControlVerbs.has(tokens[i]!.text)) {
      // "invited Prime Minister Kishida to visit": the one invited, if the text names them.
      const invited = objectPeople(context, i + 1, t);
      if (invited.length || !/^(?:him|her)$/.test(tokens[i + 1]?.text ?? "")) return invited.slice(0, 1);
      // "Kihara thanked Austin and invited him to visit": the last one named who is not the one inviting.
      const inviter = subjectPeople(context, i);
      const guest = coreference.nearestPersonBefore(i + 1, (person) => !inviter.includes(person));
      return guest ? [guest] : [];
    }
  }
  return peopleOf(context, coreference.sentenceSubject(sentence, t), t);
}

/** People named from `from` to `to`, leaving out owners ("Putin’s nemesis Volodymyr Zelensky" gives Zelensky). */
function objectPeople({ doc, coreference }: Context, from: number, to: number): PersonEntity[] {
  const found: PersonEntity[] = [];
  for (let i = from; i < to; i++) {
    const name = coreference.nameStartingAt(i);
    if (!name) continue;
    const owner = isPossessive(doc.tokens[name.tokenEnd]?.text ?? "");
    if (!owner && !found.includes(name.person)) found.push(name.person);
    i = name.tokenEnd - 1;
  }
  return found;
}

/** A capitalised phrase starting at token `i`: "Kyiv", "Downing Street", "Washington, D.C.". */
function capitalisedPhrase({ doc }: Context, i: number): { text: string; end: number } | null {
  const { tokens } = doc;
  let end = i;
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "") && tokens[k]!.sentence === tokens[i]!.sentence;
  for (;;) {
    if (capitalised(end)) end++;
    // "Great Hall of the People", "Heads of Government Meeting"
    else if (end > i && tokens[end]?.text === "of" && (capitalised(end + 1) || (tokens[end + 1]?.text === "the" && capitalised(end + 2)))) end += tokens[end + 1]!.text === "the" ? 2 : 1;
    else break;
  }
  if (tokens[end]?.text === "," && tokens[end + 1]?.text === "D.C.") end += 2;
  if (end === i) return null;
  return { text: doc.content.slice(tokens[i]!.start, tokens[end - 1]!.end), end };
}

const journeyWords = new Set(["visit", "trip", "travel"]);

/** A visit, trip or travel told in tokens [from, to). */
function journeyBefore(doc: Doc, from: number, to: number): boolean {
  return doc.tokens.slice(from, to).some(({ text }) => journeyWords.has(eventVerbs[text] ?? "") || journeyWords.has(eventNouns[text] ?? ""));
}

/** The place and country an event happens in, read after the trigger and then before it. */
function placeOf(context: Context, t: number, end: number, journey: boolean): { place: string | null; country: string | null } {
  const { doc, countryAt } = context;
  const { tokens } = doc;
  let place: string | null = null;
  let country: string | null = null;
  const sentenceStart = doc.sentences[tokens[t]!.sentence]!.tokenStart;
  const look = (from: number, to: number) => {
    for (let i = from; i < to && !place; i++) {
      if (context.insideQuote(i)) continue;
      const text = tokens[i]!.text;
      if (text === "," && tokens[i + 1]?.text === "and") break;
      // "to" leads to a journey's destination ("a visit to Japan", "travel to Brussels to attend the meeting"),
      // not to a meeting's place ("support to Ukraine").
      const toDestination = text === "to" && (journey || journeyBefore(doc, sentenceStart, i));
      const afterPreposition = (placePrepositions.has(text) && (text !== "to" || toDestination)) || text === "capital" || (eventVerbs[tokens[i]!.text] === "visit" && i === t);
      if (!afterPreposition) continue;
      let j = i + 1;
      if (tokens[j]?.text === "the") j++;
      const mention = countryAt.get(j);
      if (mention) {
        // "visited Japan" names a place; "visited British troops" does not.
        if (mention.cue === "demonym") continue;
        if (mention.cue === "name") {
          country ??= mention.code;
          continue;
        }
      }
      const phrase = capitalisedPhrase(context, j);
      if (!phrase || isTrigger(tokens[j]!.text)) continue;
      const seat = countryOfSurface(phrase.text);
      const located = mention?.code ?? (seat?.cue === "capital" ? seat.code : null) ?? countryOfPlace(phrase.text);
      // "at the Commonwealth Heads of Government Meeting in Samoa": a gathering's name is no venue.
      if (gatheringHeads.has(tokens[phrase.end - 1]!.text)) continue;
      if (!located && text !== "capital" && text !== "at") continue;
      place = phrase.text;
      country = located ?? country;
    }
  };
  look(t, end);
  if (!place) look(Math.max(sentenceStart, t - 15), t);
  return { place, country };
}

/** Words after which an earlier date in the sentence no longer applies: "…, while visiting Germany". */
const relativePronouns = new Set(["who", "which", "whose"]);
const dateScopeBreaks = new Set([";", "while", "which", "who", "whose", "but", "although", "because", "since", "after", "before", "when", "following"]);

/**
 * The date phrase nearest the trigger: in its own clause, or earlier in the
 * sentence ("On Monday, Xi and Putin held talks", "said Tuesday … as he
 * prepared for talks") unless a subordinate clause lies between.
 */
function dateOf(context: Context, t: number): string | null {
  const { tokens } = context.doc;
  const to = clauseEnd(context, t);
  let from = t;
  const first = context.doc.sentences[tokens[t]!.sentence]!.tokenStart;
  let commaSince = false;
  for (;;) {
    if (from <= first) break;
    const word = tokens[from - 1]!.text;
    // "On May 7, Kishida, who is visiting Seoul, held …": a relative clause closed before the trigger is passed over.
    if (dateScopeBreaks.has(word) && !(relativePronouns.has(word) && commaSince)) break;
    from--;
    if (word === ",") commaSince = true;
    // Skip a parenthesis whole: "(local time; same day, 4:40 p.m. Japan time)".
    if (tokens[from]!.text === ")") while (from > first && tokens[from]!.text !== "(") from--;
  }
  const candidates = context.dates.filter((date) => date.tokenStart >= from && date.tokenStart < to);
  candidates.sort((a, b) => Math.abs(a.tokenStart - t) - Math.abs(b.tokenStart - t));
  return candidates[0]?.date ?? null;
}

/** The index of the word that owns an event noun: "Xi’s" in "Xi’s three-day visit", "his" in "his first trip". */
function possessiveIndex({ doc }: Context, t: number): number {
  const { tokens } = doc;
  let i = t - 1;
  while (i > t - 4 && i >= 0 && nounModifiers.test(tokens[i]!.text) && !isPossessive(tokens[i]!.text) && !/^(?:his|her|their|the|a|an)$/.test(tokens[i]!.text)) i--;
  return i;
}

const possessiveWord = (context: Context, t: number) => context.doc.tokens[possessiveIndex(context, t)]?.text ?? "";

/** "Xi’s visit", "his first trip", "their sixth meeting": the owner before an event noun. */
function possessorPeople(context: Context, t: number): PersonEntity[] {
  const { coreference } = context;
  const i = possessiveIndex(context, t);
  const word = possessiveWord(context, t);
  if (word === "his" || word === "her") {
    const person = coreference.nearestPersonBefore(i);
    return person ? [person] : [];
  }
  if (word === "their") return coreference.recentPair(i);
  if (isPossessive(word)) {
    const referent = coreference.phraseEndingAt(i - 1);
    return referent.kind === "person" ? [referent.person] : [];
  }
  return [];
}

function namedGathering({ doc }: Context, t: number): { named: boolean; place: string | null } {
  const { tokens } = doc;
  const text = tokens[t]!.text;
  if (summitNames.has(text) || conferenceOfParties.test(text)) return { named: true, place: null };
  if (text !== "Summit" && text !== "Ministerial" && text !== "conference") return { named: false, place: null };
  // "the G7 Elmau Summit" → Elmau; "the 2014 Wales Summit" → Wales.
  const before = tokens[t - 1]?.text ?? "";
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
export function findEvents(context: Omit<Context, "countryAt" | "found"> & { countries: CountryMention[] }): EventMention[] {
  const countryAt = new Map<number, CountryMention>();
  for (const mention of context.countries) countryAt.set(mention.tokenStart, mention);
  const found: EventMention[] = [];
  const ctx: Context = { ...context, countryAt, found };
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
    const base = { start: token.start, end: token.end, token: t, sentence: token.sentence, date: dateOf(ctx, t) };
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
      const subject = [...owners, ...hosts.filter((person) => !owners.includes(person))];
      // "his visit", or "the meeting" with no counterpart of its own: an event told before.
      if (owners.length > 0 && /^(?:his|her|their)$/.test(possessiveWord(ctx, t))) anaphoric = "owner";
      // "the G20" is a name, not a reference back.
      else if (possessiveWord(ctx, t) === "the" && !counterparts.length && !gathering.named) anaphoric = "definite";
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

/** The "by", "with" or "between" that names an event's counterparts: right after it, or after its place ("meetings in Washington with …"). */
function linkWordAfter({ doc }: Context, t: number, end: number): number {
  const { tokens } = doc;
  let i = t + 1;
  while (placePrepositions.has(tokens[i]?.text ?? "") && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) {
    i++;
    while (i < end && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
  }
  return i < end && /^(?:by|with|between)$/.test(tokens[i]!.text) ? i : -1;
}

/** "Brazil hosting the G20": the host country of a gathering with no place. */
function hostCountry({ doc, countryAt }: Context, t: number): string | null {
  for (let i = t - 1; i >= Math.max(0, t - 4); i--) {
    if (doc.tokens[i]!.text === "hosting" || doc.tokens[i]!.text === "hosts") {
      const mention = countryAt.get(i - 1);
      return mention?.code ?? null;
    }
  }
  return null;
}

/** Travel the article calls a trip is a trip; other travel to a place is a visit. */
function travelType(doc: Doc, t: number): EventType {
  const sentence = doc.tokens[t]!.sentence;
  const last = doc.sentences[Math.min(sentence + 2, doc.sentences.length - 1)]!;
  for (let i = t; i < last.tokenEnd; i++) if (doc.tokens[i]!.text === "trip") return "trip";
  return "visit";
}
