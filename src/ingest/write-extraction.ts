import type { Extraction, StatementFact } from "../extraction/types.ts";
import { countryRecords } from "../extraction/lexicons/countries.ts";
import type { Article, Prisma } from "../generated/prisma/client.ts";
import { allocateIdsAndLoadEvents, type EventWindow } from "./allocate-ids.ts";
import { type ArticleRows, writeRows } from "./article-rows.ts";
import { eventRows } from "./event-rows.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck, spanChecker } from "./mention-spans.ts";
import { type PersonIndex, personRows, type ResolvedPeople, resolveArticlePeople } from "./person-rows.ts";
import { utcDate } from "./utc-date.ts";

type Tx = Prisma.TransactionClient;

const countryCodes = new Set(countryRecords.map((country) => country.code));

/** What one article contributed: people and countries mentioned, statements, events reported. */
export interface IngestCounts {
  people: number;
  statements: number;
  events: number;
  countries: number;
}

/**
 * Writes one article's extraction inside the caller's transaction, which
 * holds the fact writers' lock (src/db/fact-writes.ts), in three statements whatever
 * its size: the stored people it may name, new ids with the stored events it
 * may report, then every row at once (see writeRows). Any reference it cannot
 * resolve (an unknown country, a speaker or participant who is not among the
 * people, an event index out of range, a span outside the text) throws before
 * anything is written.
 */
export async function writeExtraction(tx: Tx, article: Article, extraction: Extraction): Promise<IngestCounts> {
  assertCountriesKnown(extraction);
  const checkSpan = spanChecker(article);
  const resolved = await resolveArticlePeople(tx, extraction.people);
  // An id for every reported event: those linked to a stored one leave a gap in the sequence, as a rollback would.
  const { ids, known } = await allocateIdsAndLoadEvents(
    tx,
    article.id,
    { people: resolved.newcomers, events: extraction.events.length, statements: extraction.statements.length },
    eventWindow(extraction, resolved),
  );
  const people = personRows(article.id, resolved, ids.people, checkSpan);
  const countryMentions = extraction.countries.map((country) => ({
    countryCode: country.code,
    articleId: article.id,
    ...mentionRow(country, `country ${country.code}`, checkSpan),
  }));
  const events = eventRows(article.id, extraction.events, people.index, known, ids.events, checkSpan);
  const statements = statementRows(article, extraction.statements, { people: people.index, eventIds: events.eventIds, newIds: ids.statements, checkSpan });
  await writeRows(tx, { ...people.rows, countryMentions, ...events.rows, ...statements });
  return {
    people: people.index.size,
    statements: extraction.statements.length,
    // An article that tells of one event twice reports it once.
    events: new Set(events.eventIds).size,
    countries: extraction.countries.length,
  };
}

/** Every ISO country is stored (ensureCountries) before anything is ingested: a code outside that list is an extractor bug. */
function assertCountriesKnown(extraction: Extraction): void {
  const referenced = new Set([
    ...extraction.countries.map((country) => country.code),
    ...extraction.people.flatMap((person) => (person.country ? [person.country] : [])),
    ...extraction.statements.flatMap((statement) => statement.countries),
    ...extraction.events.flatMap((event) => (event.country ? [event.country] : [])),
  ]);
  const unknown = [...referenced].filter((code) => !countryCodes.has(code));
  if (unknown.length > 0) throw new IngestError(`The extraction references unknown country codes: ${unknown.join(", ")}`);
}

/**
 * Where the stored events the article's events may be lie: only dated events
 * with participants are ever linked, and only to events that share one of the
 * article's stored people. Null when no event can be linked.
 */
function eventWindow({ events }: Extraction, { stored }: ResolvedPeople): EventWindow | null {
  const linkable = events.filter((event) => event.date && event.participants.length > 0);
  const personIds = stored.flatMap((person) => (person ? [person.id] : []));
  if (linkable.length === 0 || personIds.length === 0) return null;
  const times = linkable.map((event) => utcDate(event.date!).getTime());
  return { types: [...new Set(linkable.map((event) => event.type))], from: new Date(Math.min(...times)), to: new Date(Math.max(...times)), personIds };
}

interface StatementContext {
  people: PersonIndex;
  /** The article's events' ids, in its order: what a statement's `event` index points into. */
  eventIds: number[];
  newIds: number[];
  checkSpan: SpanCheck;
}

function statementRows(article: Article, statements: StatementFact[], context: StatementContext): Pick<ArticleRows, "statements" | "statementCountries"> {
  const { people, eventIds, newIds, checkSpan } = context;
  const statementCountries: ArticleRows["statementCountries"] = [];
  const rows = statements.map((statement, i) => {
    const id = newIds[i]!;
    const speakerId = people.resolve(statement.speaker, "statement speaker");
    const eventId = statement.event === null ? null : eventIds[statement.event];
    if (eventId === undefined) throw new IngestError(`A statement refers to event #${statement.event}, which was not extracted`);
    const { start, end } = checkSpan(statement.provenance.span, statement.provenance.inTitle, `statement "${statement.text}"`);
    for (const countryCode of new Set(statement.countries)) statementCountries.push({ statementId: id, countryCode });
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
  return { statements: rows, statementCountries };
}
