// The document structure every extraction stage reads and the facts it returns.
// Offsets are UTF-16 indices into the article's `text` (or into its title when
// `inTitle` is true), as JavaScript strings index them.

export interface Span {
  start: number;
  end: number;
}

export interface ArticleInput {
  title: string;
  text: string;
  /** The publication date, YYYY-MM-DD: relative dates ("on Monday") resolve against it. */
  publishedAt: string;
}

export interface Provenance {
  span: Span;
  inTitle: boolean;
  /** 0..1: how sure the rule that produced the fact is. */
  confidence: number;
  /** The rule that produced the fact, e.g. "quote.said-after". */
  extractor: string;
}

export interface PersonMentionFact extends Span {
  inTitle: boolean;
  /** The words in the text: "Putin", "Vladimir Putin", "Lloyd J. Austin III". */
  surface: string;
}

export interface PersonFact {
  /** Canonical full name: "Lloyd Austin". */
  name: string;
  /** Other names the text uses for them: "Austin", "Lloyd J. Austin III". */
  aliases: string[];
  role: string | null;
  /** ISO 3166-1 alpha-2, or null (officials of international organisations). */
  country: string | null;
  mentions: PersonMentionFact[];
  provenance: Provenance;
}

export interface CountryFact {
  code: string;
  mentions: (Span & { inTitle: boolean; surface: string })[];
  provenance: Provenance;
}

export type StatementKind = "direct" | "reported";

export interface StatementFact {
  /** Canonical name of the speaker (a PersonFact's name). */
  speaker: string;
  kind: StatementKind;
  text: string;
  /** YYYY-MM-DD when the text says when it was said, else null. */
  date: string | null;
  /** Alpha-2 codes of the countries the statement names. */
  countries: string[];
  /** Index into `events` of the event it was said at, or null. */
  event: number | null;
  provenance: Provenance;
}

export type EventType = "talks" | "meeting" | "visit" | "trip" | "summit" | "call" | "other";

export interface EventFact {
  type: EventType;
  /** A short human title: "Talks between Xi Jinping and Vladimir Putin", "Fumio Kishida's visit to Kyiv". */
  title: string;
  /** Canonical names of the participants. */
  participants: string[];
  place: string | null;
  country: string | null;
  /** YYYY-MM-DD, or null when the text gives no day. */
  date: string | null;
  provenance: Provenance;
}

export interface Extraction {
  people: PersonFact[];
  countries: CountryFact[];
  statements: StatementFact[];
  events: EventFact[];
}
