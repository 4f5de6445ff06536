import { segment } from "./stages/01-segment.ts";
import { findCountries, type CountryMention } from "./stages/02-countries.ts";
import { findNames } from "./stages/03-names.ts";
import { aliasesOf, groupPeople, type PersonEntity } from "./stages/04-people.ts";
import { findDates } from "./stages/05-dates.ts";
import { findStatements, type StatementMention } from "./stages/06-statements.ts";
import { Coreference } from "./coreference.ts";
import { toArticleSpan, type Doc } from "./document.ts";
import type { ArticleInput, CountryFact, Extraction, PersonFact, StatementFact } from "./types.ts";

export type * from "./types.ts";
export { normalizeName } from "./normalize.ts";
export { countryRecords, type CountryRecord } from "./lexicons/countries.ts";
export { toReport } from "./report.ts";

function personFact(doc: Doc, person: PersonEntity): PersonFact {
  const first = person.mentions.find((mention) => mention.start >= doc.bodyStart) ?? person.mentions[0]!;
  return {
    name: person.name,
    aliases: aliasesOf(person),
    role: person.role,
    country: person.country,
    mentions: person.mentions.map((mention) => ({ ...toArticleSpan(doc, mention), surface: mention.surface })),
    provenance: {
      ...spanOf(doc, first),
      confidence: first.titled ? 0.95 : 0.8,
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
      provenance: { ...spanOf(doc, first), confidence: first.cue === "capital" ? 0.8 : 0.95, extractor: `country.${first.cue}` },
    };
  });
}

function statementFact(doc: Doc, statement: StatementMention, countries: CountryMention[]): StatementFact {
  const named = countries.filter((country) => country.start >= statement.start && country.end <= statement.end);
  return {
    speaker: statement.speaker.name,
    kind: statement.kind,
    text: statement.text,
    date: statement.date,
    countries: [...new Set(named.map((country) => country.code))],
    event: null,
    provenance: { ...spanOf(doc, statement), confidence: statement.confidence, extractor: statement.extractor },
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
  const coreference = new Coreference(doc, people, countries);
  const statements = findStatements(doc, coreference, dates);
  // People last: resolving "the Chinese president" tells us a person's country and office.
  return {
    people: people.map((person) => personFact(doc, person)),
    countries: countryFacts(doc, countries),
    statements: statements.map((statement) => statementFact(doc, statement, countries)),
    events: [],
  };
}
