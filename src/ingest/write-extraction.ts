import { normalizeName } from "../extraction/index.ts";
import type { CountryFact, EventFact, Extraction, PersonFact, Span, StatementFact } from "../extraction/types.ts";
import type { Article, Prisma } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";
import { utcDate } from "./utc-date.ts";

type Tx = Prisma.TransactionClient;

/** What one article contributed: people and countries mentioned, statements, events reported. */
export interface IngestCounts {
  people: number;
  statements: number;
  events: number;
  countries: number;
}

type Located = Span & { inTitle: boolean };

/**
 * Writes one article's extraction inside the caller's transaction. Any
 * reference it cannot resolve (an unknown country, a speaker or participant
 * who is not among the people, an event index out of range, a span outside the
 * text) throws, so that the transaction stores nothing.
 */
export async function writeExtraction(tx: Tx, article: Article, extraction: Extraction): Promise<IngestCounts> {
  await assertCountriesExist(tx, extraction);
  const checkSpan = spanChecker(article);
  const people = mergePeople(extraction.people);
  const personIds = new PersonIndex();
  for (const person of people) {
    personIds.add(person, await writePerson(tx, article.id, person, checkSpan));
  }
  for (const country of extraction.countries) {
    await tx.countryMention.create({
      data: { countryCode: country.code, articleId: article.id, ...mentionRow(country, `country ${country.code}`, checkSpan) },
    });
  }
  const eventIds: number[] = [];
  for (const event of extraction.events) {
    eventIds.push(await writeEvent(tx, article.id, event, personIds, checkSpan));
  }
  for (const statement of extraction.statements) {
    await writeStatement(tx, article, statement, personIds, eventIds, checkSpan);
  }
  return {
    people: people.length,
    statements: extraction.statements.length,
    events: extraction.events.length,
    countries: extraction.countries.length,
  };
}

async function assertCountriesExist(tx: Tx, extraction: Extraction): Promise<void> {
  const referenced = new Set([
    ...extraction.countries.map((country) => country.code),
    ...extraction.people.flatMap((person) => (person.country ? [person.country] : [])),
    ...extraction.statements.flatMap((statement) => statement.countries),
    ...extraction.events.flatMap((event) => (event.country ? [event.country] : [])),
  ]);
  const known = await tx.country.findMany({ where: { code: { in: [...referenced] } }, select: { code: true } });
  const unknown = [...referenced].filter((code) => !known.some((row) => row.code === code));
  if (unknown.length > 0) throw new IngestError(`The extraction references unknown country codes: ${unknown.join(", ")}`);
}

/** The extractor may list one person twice under spellings that normalise alike: store them as one. */
function mergePeople(people: PersonFact[]): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const person of people) {
    const key = normalizeName(person.name);
    const seen = byName.get(key);
    byName.set(
      key,
      seen
        ? {
            ...seen,
            aliases: [...seen.aliases, ...person.aliases],
            role: seen.role ?? person.role,
            country: seen.country ?? person.country,
            mentions: [...seen.mentions, ...person.mentions],
            provenance: seen.provenance.confidence >= person.provenance.confidence ? seen.provenance : person.provenance,
          }
        : person,
    );
  }
  return [...byName.values()];
}

/** Resolves the names statements and events use to this article's people: by name, else by an unambiguous alias. */
class PersonIndex {
  private byName = new Map<string, number>();
  private byAlias = new Map<string, number | "ambiguous">();

  add(person: PersonFact, id: number): void {
    this.byName.set(normalizeName(person.name), id);
    for (const alias of person.aliases.map(normalizeName)) {
      const seen = this.byAlias.get(alias);
      this.byAlias.set(alias, seen === undefined || seen === id ? id : "ambiguous");
    }
  }

  resolve(name: string, role: string): number {
    const key = normalizeName(name);
    const id = this.byName.get(key) ?? this.byAlias.get(key);
    if (typeof id !== "number") throw new IngestError(`The ${role} "${name}" is not among the extracted people`);
    return id;
  }
}

async function writePerson(tx: Tx, articleId: number, person: PersonFact, checkSpan: SpanCheck): Promise<number> {
  const normalizedName = normalizeName(person.name);
  const stored = await tx.person.findUnique({
    where: { normalizedName },
    include: { aliases: { select: { normalizedAlias: true } } },
  });
  const id = stored
    ? stored.id
    : (await tx.person.create({ data: { name: person.name, normalizedName, role: person.role, countryCode: person.country } })).id;
  if (stored && ((!stored.role && person.role) || (!stored.countryCode && person.country))) {
    await tx.person.update({
      where: { id },
      data: { role: stored.role ?? person.role, countryCode: stored.countryCode ?? person.country },
    });
  }

  const known = new Set([normalizedName, ...(stored?.aliases.map((alias) => alias.normalizedAlias) ?? [])]);
  const aliases = new Map<string, string>();
  for (const alias of person.aliases) {
    const normalizedAlias = normalizeName(alias);
    if (normalizedAlias !== "" && !known.has(normalizedAlias) && !aliases.has(normalizedAlias)) {
      aliases.set(normalizedAlias, alias.trim());
    }
  }
  if (aliases.size > 0) {
    await tx.personAlias.createMany({
      data: [...aliases].map(([normalizedAlias, alias]) => ({ personId: id, alias, normalizedAlias })),
    });
  }

  await tx.personMention.create({ data: { personId: id, articleId, ...mentionRow(person, `person "${person.name}"`, checkSpan) } });
  return id;
}

async function writeEvent(tx: Tx, articleId: number, event: EventFact, people: PersonIndex, checkSpan: SpanCheck): Promise<number> {
  const participantIds = new Set(event.participants.map((name) => people.resolve(name, "event participant")));
  const { start, end } = checkSpan(event.provenance.span, event.provenance.inTitle, `event "${event.title}"`);
  const created = await tx.event.create({
    data: {
      type: event.type,
      title: event.title,
      date: event.date ? utcDate(event.date) : null,
      place: event.place,
      countryCode: event.country,
      participants: { create: [...participantIds].map((personId) => ({ personId })) },
      mentions: {
        create: { articleId, start, end, confidence: event.provenance.confidence, extractor: event.provenance.extractor },
      },
    },
  });
  return created.id;
}

async function writeStatement(
  tx: Tx,
  article: Article,
  statement: StatementFact,
  people: PersonIndex,
  eventIds: number[],
  checkSpan: SpanCheck,
): Promise<void> {
  const speakerId = people.resolve(statement.speaker, "statement speaker");
  const eventId = statement.event === null ? null : eventIds[statement.event];
  if (eventId === undefined) throw new IngestError(`A statement refers to event #${statement.event}, which was not extracted`);
  const { start, end } = checkSpan(statement.provenance.span, statement.provenance.inTitle, `statement "${statement.text}"`);
  await tx.statement.create({
    data: {
      kind: statement.kind,
      text: statement.text,
      date: statement.date ? utcDate(statement.date) : article.publishedAt,
      speakerId,
      articleId: article.id,
      eventId,
      start,
      end,
      confidence: statement.provenance.confidence,
      extractor: statement.provenance.extractor,
      mentionedCountries: { create: [...new Set(statement.countries)].map((countryCode) => ({ countryCode })) },
    },
  });
}

/** A person's or country's mention row: its first span in the body (else in the title), how often it is named. */
function mentionRow(fact: PersonFact | CountryFact, what: string, checkSpan: SpanCheck) {
  const first = firstMention(fact.mentions) ?? { ...fact.provenance.span, inTitle: fact.provenance.inTitle };
  return {
    ...checkSpan(first, first.inTitle, what),
    inTitle: first.inTitle,
    count: Math.max(fact.mentions.length, 1),
    confidence: fact.provenance.confidence,
    extractor: fact.provenance.extractor,
  };
}

function firstMention(mentions: Located[]): Located | undefined {
  const byPosition = (a: Located, b: Located) => a.start - b.start;
  return mentions.filter((m) => !m.inTitle).sort(byPosition)[0] ?? mentions.filter((m) => m.inTitle).sort(byPosition)[0];
}

type SpanCheck = (span: Span, inTitle: boolean, what: string) => Span;

/** Spans are the provenance of every fact: one that does not fit inside its text is an extractor bug, not data. */
function spanChecker(article: Article): SpanCheck {
  return ({ start, end }, inTitle, what) => {
    const length = inTitle ? article.title.length : article.text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new IngestError(`The span ${start}..${end} of ${what} lies outside the article's ${inTitle ? "title" : "text"}`);
    }
    return { start, end };
  };
}
