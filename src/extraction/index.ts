import type { CountryMention, Described, Doc, EventMention, PersonCountry, PersonEntity, StatementMention } from "./annotations.ts";
import { segment } from "./text/segment.ts";
import { findCountries } from "./countries/find-countries.ts";
import { findNames } from "./people/find-names.ts";
import { aliasesOf, groupPeople } from "./people/group-people.ts";
import { findDates } from "./dates/find-dates.ts";
import { findStatements } from "./statements/find-statements.ts";
import { findEvents } from "./events/find-events.ts";
import { Coreference } from "./people/coreference.ts";
import { personCountries } from "./offices/person-countries.ts";
import { ruleConfidence } from "./lexicons/rule-confidence.ts";
import { findQuotes, quotedTokens } from "./statements/quotes.ts";
import { toArticleSpan } from "./document.ts";
import type { ArticleInput, CountryFact, EventFact, Extraction, PersonFact, StatementFact } from "./types.ts";

export type * from "./types.ts";
export { normalizeName } from "./normalize.ts";
export { countryRecords, type CountryRecord } from "./lexicons/countries.ts";
export { toReport } from "./report.ts";

/** The calibrated share of a rule's facts that are right, or the rule's own estimate where it has none. */
const confidenceOf = (extractor: string, estimate: number) => ruleConfidence[extractor] ?? estimate;

function personFact(doc: Doc, person: PersonEntity, country: PersonCountry | undefined, described: Described | undefined): PersonFact {
  const first = person.mentions.find((mention) => mention.start >= doc.bodyStart) ?? person.mentions[0]!;
  return {
    name: person.name,
    aliases: aliasesOf(person),
    role: person.role ?? described?.role ?? null,
    country: country?.country ?? null,
    mentions: person.mentions.map((mention) => ({ ...toArticleSpan(doc, mention), surface: mention.surface })),
    provenance: {
      ...spanOf(doc, first),
      confidence: confidenceOf(first.titled ? "person.titled-name" : "person.capitalised-name", first.titled ? 0.95 : 0.8),
      extractor: first.titled ? "person.titled-name" : "person.capitalised-name",
    },
  };
}

function countryFacts(doc: Doc, mentions: CountryMention[]): CountryFact[] {
  const byCode = new Map<string, CountryMention[]>();
  for (const mention of mentions) byCode.set(mention.code, [...(byCode.get(mention.code) ?? []), mention]);
  return [...byCode.entries()].map(([code, found]) => {
    const first = found.find((mention) => mention.start >= doc.bodyStart) ?? found[0]!;
    return {
      code,
      mentions: found.map((mention) => ({ ...toArticleSpan(doc, mention), surface: doc.content.slice(mention.start, mention.end) })),
      provenance: { ...spanOf(doc, first), confidence: confidenceOf(`country.${first.cue}`, first.cue === "capital" ? 0.8 : 0.95), extractor: `country.${first.cue}` },
    };
  });
}

/** A short title for people to read: "Talks between Xi Jinping and Vladimir Putin", "Fumio Kishida's visit to Kyiv", "Trip by A and B to Kyiv". */
export function eventTitle(type: EventFact["type"], participants: string[], place: string | null): string {
  const names = participants.length > 2 ? `${participants.slice(0, -1).join(", ")} and ${participants.at(-1)}` : participants.join(" and ");
  const where = place ? ` in ${place}` : "";
  const noun = { talks: "Talks", meeting: "Meeting", visit: "Visit", trip: "Trip", summit: "Summit", call: "Call", other: "Event" }[type];
  if (type === "visit" || type === "trip") {
    // Travellers go somewhere ("to Kyiv"), and several travel together rather than "between" each other.
    const to = place ? ` to ${place}` : "";
    if (participants.length === 1) return `${names}'s ${type}${to}`;
    return participants.length ? `${noun} by ${names}${to}` : `${noun}${to}`;
  }
  if (!participants.length) return `${noun}${where}`;
  const link = participants.length > 1 && type !== "summit" ? "between" : "with";
  return `${noun} ${link} ${names}${type === "call" ? "" : where}`;
}

function eventFact(doc: Doc, event: EventMention): EventFact {
  const names = event.participants.map((person) => person.name);
  return {
    type: event.type,
    title: eventTitle(event.type, names, event.place),
    participants: names,
    place: event.place,
    country: event.country,
    date: event.date,
    provenance: { ...spanOf(doc, event), confidence: confidenceOf(event.extractor, event.confidence), extractor: event.extractor },
  };
}

/** The event a statement was made at: one told in the same sentence. */
function eventOf(statement: StatementMention, events: EventMention[]): number | null {
  const index = events.findIndex((event) => event.sentence === statement.sentence && event.participants.includes(statement.speaker));
  return index >= 0 ? index : null;
}

function statementFact(doc: Doc, statement: StatementMention, countries: CountryMention[], events: EventMention[]): StatementFact {
  const named = countries.filter((country) => country.start >= statement.start && country.end <= statement.end);
  return {
    speaker: statement.speaker.name,
    kind: statement.kind,
    text: statement.text,
    date: statement.date,
    countries: [...new Set(named.map((country) => country.code))],
    event: eventOf(statement, events),
    provenance: { ...spanOf(doc, statement), confidence: confidenceOf(statement.extractor, statement.confidence), extractor: statement.extractor },
  };
}

function spanOf(doc: Doc, span: { start: number; end: number }) {
  const { start, end, inTitle } = toArticleSpan(doc, span);
  return { span: { start, end }, inTitle };
}

/**
 * Extracts people, countries, statements and events from one article. Pure:
 * the same input always gives the same output; the publication date anchors
 * relative dates ("on Monday").
 */
export function extractArticle(input: ArticleInput): Extraction {
  const doc = segment(input);
  const countries = findCountries(doc);
  const people = groupPeople(doc, findNames(doc, countries));
  const dates = findDates(doc);
  const quotes = findQuotes(doc);
  const quoted = quotedTokens(quotes);
  const insideQuote = (token: number) => quoted.has(token);
  const coreference = new Coreference(doc, people, countries, insideQuote);
  const statements = findStatements(doc, coreference, dates, quotes);
  // Events pass no speaker: "he" there is the person named last. They know what the statements'
  // descriptions told of people ("the Chinese president"), as both read through one resolver.
  const events = findEvents({ doc, coreference, countries, dates, insideQuote, people });
  const described = coreference.described;
  const stateOf = personCountries(doc, people, events, countries, described);
  return {
    people: people.map((person) => personFact(doc, person, stateOf.get(person), described.get(person))),
    countries: countryFacts(doc, countries),
    statements: statements.map((statement) => statementFact(doc, statement, countries, events)),
    events: events.map((event) => eventFact(doc, event)),
  };
}
