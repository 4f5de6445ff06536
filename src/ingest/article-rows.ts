import { notifyArticleStored } from "../db/notifications.ts";
import type { RunSql } from "../db/sql-transaction.ts";
import { type Article, type EventType, Prisma, type StatementKind } from "../generated/prisma/client.ts";

interface PersonRow {
  id: number;
  name: string;
  normalizedName: string;
  role: string | null;
  countryCode: string | null;
}

interface MentionColumns {
  articleId: number;
  start: number;
  end: number;
  confidence: number;
  extractor: string;
}

/** Every row some articles and their extractions add or change, by table, named as the columns are. */
export interface ArticleRows {
  /** New articles: a stored one whose facts are written again (reprocess) has none. */
  articles: Omit<Article, "createdAt">[];
  people: PersonRow[];
  /** Stored people given a fuller name or a missing role or country: their columns afterwards. */
  personUpdates: PersonRow[];
  aliases: { personId: number; alias: string; normalizedAlias: string }[];
  personMentions: (MentionColumns & { personId: number; inTitle: boolean; count: number })[];
  countryMentions: (MentionColumns & { countryCode: string; inTitle: boolean; count: number })[];
  events: { id: number; type: EventType; title: string; date: Date | null; place: string | null; countryCode: string | null }[];
  /** Stored events given a missing place or country: their columns afterwards. */
  eventUpdates: { id: number; place: string | null; countryCode: string | null }[];
  participants: { eventId: number; personId: number }[];
  eventMentions: (MentionColumns & { eventId: number })[];
  statements: (Omit<MentionColumns, "articleId"> & {
    id: number;
    kind: StatementKind;
    text: string;
    date: Date;
    speakerId: number;
    articleId: number;
    eventId: number | null;
  })[];
  statementCountries: { statementId: number; countryCode: string }[];
}

/**
 * Writes all the rows in one statement, however many articles they come
 * from: each table's rows go as one JSON parameter, expanded by
 * json_to_recordset, each INSERT or UPDATE in a CTE of its own. PostgreSQL
 * checks the foreign keys (a mention of a person inserted beside it) once the
 * whole statement has run. Dates travel as ISO strings in UTC, which a
 * timestamp column reads as they are. Returns the new articles, in id order;
 * each is announced to listening servers when the transaction commits.
 */
export async function writeRows(run: RunSql, rows: ArticleRows): Promise<Article[]> {
  const json = (table: object[]) => JSON.stringify(table);
  const [written] = await run<{ articles: (Omit<Article, "publishedAt" | "createdAt"> & { publishedAt: string; createdAt: string })[] }>(Prisma.sql`
    WITH
      articles AS (
        INSERT INTO "Article" ("id", "contentHash", "url", "title", "source", "text", "publishedAt")
        SELECT * FROM json_to_recordset(${json(rows.articles)}::json)
          AS r("id" int, "contentHash" text, "url" text, "title" text, "source" text, "text" text, "publishedAt" timestamp(3))
        RETURNING *),
      people AS (
        INSERT INTO "Person" ("id", "name", "normalizedName", "role", "countryCode")
        SELECT * FROM json_to_recordset(${json(rows.people)}::json)
          AS r("id" int, "name" text, "normalizedName" text, "role" text, "countryCode" text)),
      person_updates AS (
        UPDATE "Person" AS p SET "name" = r."name", "normalizedName" = r."normalizedName", "role" = r."role", "countryCode" = r."countryCode"
        FROM json_to_recordset(${json(rows.personUpdates)}::json)
          AS r("id" int, "name" text, "normalizedName" text, "role" text, "countryCode" text)
        WHERE p."id" = r."id"),
      aliases AS (
        INSERT INTO "PersonAlias" ("personId", "alias", "normalizedAlias")
        SELECT * FROM json_to_recordset(${json(rows.aliases)}::json) AS r("personId" int, "alias" text, "normalizedAlias" text)),
      person_mentions AS (
        INSERT INTO "PersonMention" ("personId", "articleId", "start", "end", "inTitle", "count", "confidence", "extractor")
        SELECT * FROM json_to_recordset(${json(rows.personMentions)}::json)
          AS r("personId" int, "articleId" int, "start" int, "end" int, "inTitle" boolean, "count" int, "confidence" float8, "extractor" text)),
      country_mentions AS (
        INSERT INTO "CountryMention" ("countryCode", "articleId", "start", "end", "inTitle", "count", "confidence", "extractor")
        SELECT * FROM json_to_recordset(${json(rows.countryMentions)}::json)
          AS r("countryCode" text, "articleId" int, "start" int, "end" int, "inTitle" boolean, "count" int, "confidence" float8, "extractor" text)),
      events AS (
        INSERT INTO "Event" ("id", "type", "title", "date", "place", "countryCode")
        SELECT * FROM json_to_recordset(${json(rows.events)}::json)
          AS r("id" int, "type" "EventType", "title" text, "date" timestamp(3), "place" text, "countryCode" text)),
      event_updates AS (
        UPDATE "Event" AS e SET "place" = r."place", "countryCode" = r."countryCode"
        FROM json_to_recordset(${json(rows.eventUpdates)}::json) AS r("id" int, "place" text, "countryCode" text)
        WHERE e."id" = r."id"),
      participants AS (
        INSERT INTO "EventParticipant" ("eventId", "personId")
        SELECT * FROM json_to_recordset(${json(rows.participants)}::json) AS r("eventId" int, "personId" int)),
      event_mentions AS (
        INSERT INTO "EventMention" ("eventId", "articleId", "start", "end", "confidence", "extractor")
        SELECT * FROM json_to_recordset(${json(rows.eventMentions)}::json)
          AS r("eventId" int, "articleId" int, "start" int, "end" int, "confidence" float8, "extractor" text)),
      statements AS (
        INSERT INTO "Statement" ("id", "kind", "text", "date", "speakerId", "articleId", "eventId", "start", "end", "confidence", "extractor")
        SELECT * FROM json_to_recordset(${json(rows.statements)}::json)
          AS r("id" int, "kind" "StatementKind", "text" text, "date" timestamp(3), "speakerId" int, "articleId" int, "eventId" int,
               "start" int, "end" int, "confidence" float8, "extractor" text)),
      statement_countries AS (
        INSERT INTO "StatementCountry" ("statementId", "countryCode")
        SELECT * FROM json_to_recordset(${json(rows.statementCountries)}::json) AS r("statementId" int, "countryCode" text))
    SELECT coalesce(json_agg(a ORDER BY a."id"), '[]') AS "articles" FROM articles a, LATERAL (SELECT ${notifyArticleStored(Prisma.sql`a."id"`)}) AS notified`);
  // json_agg writes a timestamp without its zone; the columns hold UTC.
  return written!.articles.map((article) => ({ ...article, publishedAt: new Date(`${article.publishedAt}Z`), createdAt: new Date(`${article.createdAt}Z`) }));
}
