import type { EventFact, Extraction, StatementFact } from "../extraction/types.ts";
import type { Article, Prisma } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";
import { linkEvent } from "./link-event.ts";
import { mentionRow, type SpanCheck, spanChecker } from "./mention-spans.ts";
import { utcDate } from "./utc-date.ts";
import { type PersonIndex, writePeople } from "./write-people.ts";

type Tx = Prisma.TransactionClient;

/** What one article contributed: people and countries mentioned, statements, events reported. */
export interface IngestCounts {
  people: number;
  statements: number;
  events: number;
  countries: number;
}

/**
 * Writes one article's extraction inside the caller's transaction. Any
 * reference it cannot resolve (an unknown country, a speaker or participant
 * who is not among the people, an event index out of range, a span outside the
 * text) throws, so that the transaction stores nothing.
 */
export async function writeExtraction(tx: Tx, article: Article, extraction: Extraction): Promise<IngestCounts> {
  await assertCountriesExist(tx, extraction);
  const checkSpan = spanChecker(article);
  const personIds = await writePeople(tx, article.id, extraction.people, checkSpan);
  await tx.countryMention.createMany({
    data: extraction.countries.map((country) => ({
      countryCode: country.code,
      articleId: article.id,
      ...mentionRow(country, `country ${country.code}`, checkSpan),
    })),
  });
  const eventIds: number[] = [];
  for (const event of extraction.events) {
    eventIds.push(await writeEvent(tx, article.id, event, personIds, checkSpan));
  }
  for (const statement of extraction.statements) {
    await writeStatement(tx, article, statement, personIds, eventIds, checkSpan);
  }
  return {
    people: personIds.size,
    statements: extraction.statements.length,
    // An article that tells of one event twice reports it once.
    events: new Set(eventIds).size,
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

/** Links the event to the stored one it is (see linkEvent), else creates it. */
async function writeEvent(tx: Tx, articleId: number, event: EventFact, people: PersonIndex, checkSpan: SpanCheck): Promise<number> {
  const participantIds = new Set(event.participants.map((name) => people.resolve(name, "event participant")));
  const { start, end } = checkSpan(event.provenance.span, event.provenance.inTitle, `event "${event.title}"`);
  const mention = { articleId, start, end, confidence: event.provenance.confidence, extractor: event.provenance.extractor };
  const columns = { type: event.type, date: event.date ? utcDate(event.date) : null, place: event.place, countryCode: event.country };
  const linked = await linkEvent(tx, { ...columns, participantIds }, mention);
  if (linked !== null) return linked;
  const created = await tx.event.create({
    data: {
      ...columns,
      title: event.title,
      participants: { create: [...participantIds].map((personId) => ({ personId })) },
      mentions: { create: mention },
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
