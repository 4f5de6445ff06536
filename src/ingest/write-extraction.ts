import type { Extraction, StatementFact } from "../extraction/types.ts";
import type { Article, Prisma } from "../generated/prisma/client.ts";
import { allocateIds } from "./allocate-ids.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck, spanChecker } from "./mention-spans.ts";
import { utcDate } from "./utc-date.ts";
import { writeEvents } from "./write-events.ts";
import { type PersonIndex, resolveArticlePeople, writePeople } from "./write-people.ts";

type Tx = Prisma.TransactionClient;

// Any constant shared by every Newsgraph process: the advisory lock that serialises extraction writers.
const WRITER_LOCK = 7_263_002;

/** What one article contributed: people and countries mentioned, statements, events reported. */
export interface IngestCounts {
  people: number;
  statements: number;
  events: number;
  countries: number;
}

/**
 * Writes one article's extraction inside the caller's transaction, with a few
 * statements whatever its size: one per table written, plus the reads that
 * resolve its people and events against the stored ones. Any reference it
 * cannot resolve (an unknown country, a speaker or participant who is not
 * among the people, an event index out of range, a span outside the text)
 * throws, so that the transaction stores nothing.
 *
 * Writers take turns, from their first read to their commit: two processes
 * naming the same new person at once would otherwise both create them (or one
 * fail on the unique name), and each resolves people and events against what
 * the others committed, as one writer after the other would.
 */
export async function writeExtraction(tx: Tx, article: Article, extraction: Extraction): Promise<IngestCounts> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITER_LOCK}::bigint)`;
  await assertCountriesExist(tx, extraction);
  const checkSpan = spanChecker(article);
  const resolved = await resolveArticlePeople(tx, extraction.people);
  // Event ids for every reported event: those linked to a stored event leave a gap in the sequence, as a rollback would.
  const ids = await allocateIds(tx, { people: resolved.newcomers, events: extraction.events.length, statements: extraction.statements.length });
  const people = await writePeople(tx, article.id, resolved, ids.people, checkSpan);
  if (extraction.countries.length > 0) {
    await tx.countryMention.createMany({
      data: extraction.countries.map((country) => ({
        countryCode: country.code,
        articleId: article.id,
        ...mentionRow(country, `country ${country.code}`, checkSpan),
      })),
    });
  }
  const eventIds = await writeEvents(tx, article.id, extraction.events, people, ids.events, checkSpan);
  await writeStatements(tx, article, extraction.statements, { people, eventIds, newIds: ids.statements, checkSpan });
  return {
    people: people.size,
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
  if (referenced.size === 0) return;
  const known = await tx.country.findMany({ where: { code: { in: [...referenced] } }, select: { code: true } });
  const unknown = [...referenced].filter((code) => !known.some((row) => row.code === code));
  if (unknown.length > 0) throw new IngestError(`The extraction references unknown country codes: ${unknown.join(", ")}`);
}

interface StatementContext {
  people: PersonIndex;
  /** The article's events' ids, in its order: what a statement's `event` index points into. */
  eventIds: number[];
  newIds: number[];
  checkSpan: SpanCheck;
}

async function writeStatements(tx: Tx, article: Article, statements: StatementFact[], context: StatementContext): Promise<void> {
  const { people, eventIds, newIds, checkSpan } = context;
  const countries: Prisma.StatementCountryCreateManyInput[] = [];
  const rows = statements.map((statement, i): Prisma.StatementCreateManyInput => {
    const id = newIds[i]!;
    const speakerId = people.resolve(statement.speaker, "statement speaker");
    const eventId = statement.event === null ? null : eventIds[statement.event];
    if (eventId === undefined) throw new IngestError(`A statement refers to event #${statement.event}, which was not extracted`);
    const { start, end } = checkSpan(statement.provenance.span, statement.provenance.inTitle, `statement "${statement.text}"`);
    for (const countryCode of new Set(statement.countries)) countries.push({ statementId: id, countryCode });
    return {
      id,
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
    };
  });
  if (rows.length > 0) await tx.statement.createMany({ data: rows });
  if (countries.length > 0) await tx.statementCountry.createMany({ data: countries });
}
