import type { Extraction, StatementFact } from "../extraction/types.ts";
import { countryRecords } from "../extraction/lexicons/countries.ts";
import type { Article } from "../generated/prisma/client.ts";
import type { IdCounts } from "./allocate-ids.ts";
import type { ArticleRows } from "./article-rows.ts";
import { EventRows } from "./event-rows.ts";
import { IngestError } from "./ingest-error.ts";
import type { KnownFacts } from "./known-facts.ts";
import { mentionRow, type SpanCheck, spanChecker } from "./mention-spans.ts";
import { PeopleRows, type PersonIndex } from "./person-rows.ts";
import { utcDate } from "./utc-date.ts";

const countryCodes = new Set(countryRecords.map((country) => country.code));

/** What one article contributed: people and countries mentioned, statements, events reported. */
export interface IngestCounts {
  people: number;
  statements: number;
  events: number;
  countries: number;
}

/** An article whose facts are written: a stored one (its id), or a new one, written with them. */
export type ArticleToWrite = Omit<Article, "id" | "createdAt"> & { id?: number };

export interface FactsToWrite {
  article: ArticleToWrite;
  extraction: Extraction;
}

/** An article's outcome in a plan: its id (provisional when new) and counts, or why its facts cannot be stored. */
export type PlannedArticle = { articleId: number; counts: IngestCounts } | { error: unknown };

/**
 * The rows of several articles' facts, built in memory as if each article had
 * been written before the next was read (see PeopleRows, EventRows). Rows of
 * new articles, people, events and statements carry provisional ids, -1, -2,
 * … per table in the order they were made, for assignIds to replace with ids
 * drawn from the tables' sequences once their number is known.
 */
class FactPlan {
  readonly ids: IdCounts = { articles: 0, people: 0, events: 0, statements: 0 };
  private readonly people: PeopleRows;
  private readonly events: EventRows;
  private readonly rows: Pick<ArticleRows, "articles" | "countryMentions" | "statements" | "statementCountries"> = {
    articles: [],
    countryMentions: [],
    statements: [],
    statementCountries: [],
  };

  constructor(known: KnownFacts) {
    this.people = new PeopleRows(known.people, () => this.provisionalId("people"));
    this.events = new EventRows(known.events, () => this.provisionalId("events"));
  }

  /**
   * Adds an article's rows. Any reference it cannot resolve (an unknown
   * country, a speaker or participant who is not among the people, an event
   * index out of range, a span outside the text) throws, leaving the plan
   * half-changed: planFacts starts again without that article.
   */
  add({ article, extraction }: FactsToWrite): { articleId: number; counts: IngestCounts } {
    assertCountriesKnown(extraction);
    const checkSpan = spanChecker(article);
    const articleId = article.id ?? this.provisionalId("articles");
    if (article.id === undefined) {
      const { contentHash, url, title, source, text, publishedAt } = article;
      this.rows.articles.push({ id: articleId, contentHash, url, title, source, text, publishedAt });
    }
    const people = this.people.add(articleId, extraction.people, checkSpan);
    for (const country of extraction.countries) {
      this.rows.countryMentions.push({ countryCode: country.code, articleId, ...mentionRow(country, `country ${country.code}`, checkSpan) });
    }
    const eventIds = this.events.add(articleId, extraction.events, people, checkSpan);
    for (const statement of extraction.statements) this.addStatement(articleId, article.publishedAt, statement, { people, eventIds, checkSpan });
    const counts = {
      people: people.size,
      statements: extraction.statements.length,
      // An article that tells of one event twice reports it once.
      events: new Set(eventIds).size,
      countries: extraction.countries.length,
    };
    return { articleId, counts };
  }

  allRows(): ArticleRows {
    return { ...this.rows, ...this.people.rows(), ...this.events.rows() };
  }

  private provisionalId(table: keyof IdCounts): number {
    return -++this.ids[table];
  }

  private addStatement(articleId: number, publishedAt: Date, statement: StatementFact, context: StatementContext): void {
    const { people, eventIds, checkSpan } = context;
    const id = this.provisionalId("statements");
    const speakerId = people.resolve(statement.speaker, "statement speaker");
    const eventId = statement.event === null ? null : eventIds[statement.event];
    if (eventId === undefined) throw new IngestError(`A statement refers to event #${statement.event}, which was not extracted`);
    const { start, end } = checkSpan(statement.provenance.span, statement.provenance.inTitle, `statement "${statement.text}"`);
    const date = statement.date ? utcDate(statement.date) : publishedAt;
    for (const countryCode of new Set(statement.countries)) this.rows.statementCountries.push({ statementId: id, countryCode });
    const { confidence, extractor } = statement.provenance;
    this.rows.statements.push({ id, kind: statement.kind, text: statement.text, date, speakerId, articleId, eventId, start, end, confidence, extractor });
  }
}

interface StatementContext {
  people: PersonIndex;
  /** The article's events' ids, in its order: what a statement's `event` index points into. */
  eventIds: number[];
  checkSpan: SpanCheck;
}

/**
 * The rows of every article whose facts can be stored, with provisional ids,
 * and each article's outcome in the order given. An article that cannot be
 * stored fails alone: the plan is made again without it, so that nothing it
 * changed stays.
 */
export function planFacts(known: KnownFacts, articles: FactsToWrite[]): { rows: ArticleRows; ids: IdCounts; planned: PlannedArticle[] } {
  const failures = new Map<number, unknown>();
  for (;;) {
    const plan = new FactPlan(known);
    const planned: PlannedArticle[] = [];
    for (const [i, article] of articles.entries()) {
      if (failures.has(i)) {
        planned.push({ error: failures.get(i) });
        continue;
      }
      try {
        planned.push(plan.add(article));
      } catch (error) {
        failures.set(i, error);
        break;
      }
    }
    if (planned.length === articles.length) return { rows: plan.allRows(), ids: plan.ids, planned };
  }
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
