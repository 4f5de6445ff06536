import type { Article } from "../../generated/prisma/client.ts";
import type { ChildList, SortKey } from "./child-lists.ts";
import { rowRead } from "./embedded.ts";

// Every nested connection of the schema as SQL. Each order ends on a unique key, and the migration
// 20261130000300_pages holds the index that serves it: (parent key, sort keys).

/** The Article columns a list reads: all but its text (`Article.text` loads it when asked). */
export const ARTICLE_COLUMNS = ["id", "url", "title", "source", "publishedAt"] as const;
const articleColumns = (alias: string) => ARTICLE_COLUMNS.map((column) => `${alias}."${column}"`).join(", ");
/** ARTICLE_COLUMNS as a SELECT list on "Article" alone. */
export const ARTICLE_SELECT = ARTICLE_COLUMNS.map((column) => `"${column}"`).join(", ");
export type ArticleRow = Pick<Article, (typeof ARTICLE_COLUMNS)[number]>;

const desc = (sql: string, type: SortKey["type"], nullable = false): SortKey => ({ sql, direction: "desc", type, nullable });
const asc = (sql: string, type: SortKey["type"]): SortKey => ({ sql, direction: "asc", type });

/** Statements newest first; within one article, in reading order. */
const newestStatements = (s: string): SortKey[] => [
  desc(`${s}."date"`, "timestamp(3)"),
  desc(`${s}."articleId"`, "int"),
  asc(`${s}."start"`, "int"),
  asc(`${s}."id"`, "int"),
];

/** Where a mention is: its span and the rule that found it; `inTitle` where the table has it. */
const provenance = (m: string, inTitle = true): Record<string, string> => ({
  start: `${m}."start"`,
  end: `${m}."end"`,
  ...(inTitle ? { inTitle: `${m}."inTitle"` } : {}),
  confidence: `${m}."confidence"`,
  extractor: `${m}."extractor"`,
});

/** Mentions in reading order: title first, then by position. */
const readingOrder = (m: string): SortKey[] => [desc(`${m}."inTitle"`, "boolean"), asc(`${m}."start"`, "int"), asc(`${m}."id"`, "int")];

/** Articles through a mention table, newest first. */
const mentioningArticles = (name: string, parent: string, type: "int" | "text", mentions: string, inTitle: boolean): ChildList => ({
  name,
  from: `"${mentions}" m JOIN "Article" a ON a."id" = m."articleId"`,
  parent: { column: `m."${parent}"`, type },
  node: articleColumns("a"),
  edge: provenance("m", inTitle),
  order: [desc(`a."publishedAt"`, "timestamp(3)"), desc(`m."articleId"`, "int")],
});

export const lists = {
  people: {
    name: "Query.people",
    from: `"Person" p`,
    parent: null,
    node: "p.*",
    order: [asc(`p."name"`, "text"), asc(`p."id"`, "int")],
  },
  personStatements: {
    name: "Person.statements",
    from: `"Statement" s`,
    parent: { column: `s."speakerId"`, type: "int" },
    node: "s.*",
    order: newestStatements("s"),
  },
  personEvents: {
    name: "Person.events",
    from: `"EventParticipant" ep JOIN "Event" e ON e."id" = ep."eventId"`,
    parent: { column: `ep."personId"`, type: "int" },
    node: "e.*",
    order: [desc(`e."date"`, "timestamp(3)", true), desc(`e."id"`, "int")],
  },
  personArticles: mentioningArticles("Person.articles", "personId", "int", "PersonMention", true),

  articleStatements: {
    name: "Article.statements",
    from: `"Statement" s`,
    parent: { column: `s."articleId"`, type: "int" },
    node: "s.*",
    order: [asc(`s."start"`, "int"), asc(`s."id"`, "int")],
  },
  articlePeople: {
    name: "Article.people",
    from: `"PersonMention" m JOIN "Person" p ON p."id" = m."personId"`,
    parent: { column: `m."articleId"`, type: "int" },
    node: "p.*",
    edge: provenance("m"),
    order: readingOrder("m"),
  },
  articleCountries: {
    name: "Article.countries",
    from: `"CountryMention" m JOIN "Country" c ON c."code" = m."countryCode"`,
    parent: { column: `m."articleId"`, type: "int" },
    node: "c.*",
    edge: provenance("m"),
    order: readingOrder("m"),
  },
  articleEvents: {
    name: "Article.events",
    from: `"EventMention" m JOIN "Event" e ON e."id" = m."eventId"`,
    parent: { column: `m."articleId"`, type: "int" },
    node: "e.*",
    edge: provenance("m", false),
    order: [asc(`m."start"`, "int"), asc(`m."id"`, "int")],
  },

  eventStatements: {
    name: "Event.statements",
    from: `"Statement" s`,
    parent: { column: `s."eventId"`, type: "int" },
    node: "s.*",
    order: newestStatements("s"),
  },
  eventParticipants: {
    name: "Event.participants",
    from: `"EventParticipant" ep JOIN "Person" p ON p."id" = ep."personId"`,
    parent: { column: `ep."eventId"`, type: "int" },
    node: "p.*",
    order: [asc(`p."name"`, "text"), asc(`p."id"`, "int")],
  },
  eventArticles: mentioningArticles("Event.articles", "eventId", "int", "EventMention", false),

  countryPeople: {
    name: "Country.people",
    from: `"Person" p`,
    parent: { column: `p."countryCode"`, type: "text" },
    node: "p.*",
    order: [asc(`p."name"`, "text"), asc(`p."id"`, "int")],
  },
  countryEvents: {
    name: "Country.events",
    from: `"Event" e`,
    parent: { column: `e."countryCode"`, type: "text" },
    node: "e.*",
    order: [desc(`e."date"`, "timestamp(3)", true), desc(`e."id"`, "int")],
  },
  countryStatements: {
    name: "Country.statements",
    from: `"StatementCountry" sc JOIN "Statement" s ON s."id" = sc."statementId"`,
    parent: { column: `sc."countryCode"`, type: "text" },
    node: "s.*",
    order: [desc(`s."date"`, "timestamp(3)"), desc(`sc."statementId"`, "int")],
  },
  countryArticles: mentioningArticles("Country.articles", "countryCode", "text", "CountryMention", true),

  statementCountries: {
    name: "Statement.mentionedCountries",
    from: `"StatementCountry" sc JOIN "Country" c ON c."code" = sc."countryCode"`,
    parent: { column: `sc."statementId"`, type: "int" },
    node: "c.*",
    order: [asc(`c."name"`, "text"), asc(`sc."countryCode"`, "text")],
  },
} satisfies Record<string, ChildList>;

/** The to-one reads of the schema, each by a foreign key of its parent row (./embedded.ts). */
export const toOne = {
  country: rowRead({ table: "Country", key: "code", columns: "*", parentColumn: "countryCode" }),
  speaker: rowRead({ table: "Person", key: "id", columns: "*", parentColumn: "speakerId" }),
  article: rowRead({ table: "Article", key: "id", columns: ARTICLE_SELECT, parentColumn: "articleId" }),
  event: rowRead({ table: "Event", key: "id", columns: "*", parentColumn: "eventId" }),
};
