// The document model: one article and the annotation layers the stages add to it, in pipeline order.
// Each stage reads the layers before it and returns its own; none changes another's. Offsets are
// UTF-16 indices into `Doc.content` (title + "\n\n" + body); token indices index `Doc.tokens`.
//   text/segment         → Doc (paragraphs, sentences, tokens)
//   countries/           → CountryMention[]
//   people/find-names    → NameMention[] (with the office written around each)
//   people/group-people  → PersonEntity[]
//   dates/               → DateMention[]
//   statements/quotes    → Quote[]
//   people/coreference   → one resolver shared by the stages below; its own layer is what
//                          descriptions taught of people (Described)
//   statements/          → StatementMention[]
//   events/              → EventMention[]
//   offices/person-countries → PersonCountry per person
//   index.ts assembles the facts (types.ts) from these layers.

import type { ArticleInput, EventType, Span, StatementKind } from "./types.ts";

/** A word or mark, in its sentence. */
export interface Token extends Span {
  text: string;
  sentence: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** The article as the stages read it: the title and the body as one string, `title + "\n\n" + text`. */
export interface Doc {
  input: ArticleInput;
  content: string;
  /** Where the body starts in `content`; everything before it is the title. */
  bodyStart: number;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

export type CountryCue = "name" | "demonym" | "capital";

/** A country named in the text: by name, demonym or capital standing for the state. */
export interface CountryMention {
  code: string;
  cue: CountryCue;
  start: number;
  end: number;
  /** First and one-past-last token of the match. */
  tokenStart: number;
  tokenEnd: number;
}

/** A name in the text, with the office written around it. */
export interface NameMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** As written, without office or possessive: "Lloyd J. Austin III", "KISHIDA Fumio". */
  surface: string;
  /** Without initials, suffixes and honorifics, in given-name order: "Lloyd Austin", "Fumio Kishida". */
  canonical: string;
  /** An office or honorific introduces it ("President", "Mr.", "spokesperson"). */
  titled: boolean;
  /** A name by itself (titled, or a full name): a single untitled word only shortens one. */
  standalone: boolean;
  /** The office as written: "Defense Secretary", "Prime Minister of Japan". */
  role: string | null;
  /** The country its office names: "Japanese Prime Minister" → JP. */
  roleCountry: string | null;
}

/** One person: every name mention that refers to them, and the office and country their names carry. */
export interface PersonEntity {
  id: number;
  name: string;
  /** Every way the text writes them, the canonical name included. */
  surfaces: string[];
  role: string | null;
  country: string | null;
  /** Their name mentions in text order. */
  mentions: NameMention[];
}

/** Where a person is named, by token. */
export interface NamePosition {
  person: PersonEntity;
  tokenStart: number;
  tokenEnd: number;
}

/** What a description told of a person the name did not: "the Iranian president" gives IR and "President". */
export interface Described {
  country: string | null;
  role: string | null;
}

/** The person a stage last credited with speech, and where: a later "he said" is theirs. */
export interface LastSpeaker {
  person: PersonEntity;
  paragraph: number;
  token: number;
}

/** Who a subject phrase refers to: one person, several people, or no one we know (an organisation). */
export type Referent =
  | { kind: "person"; person: PersonEntity; via: "name" | "pronoun" | "description"; start: number }
  | { kind: "joint"; start: number }
  | { kind: "unknown"; start: number };

/** A person's state and the rule that gave it: what the facts report and what confidence is calibrated on. */
export interface PersonCountry {
  country: string;
  rule: string;
}

/** A date phrase, resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  tokenStart: number;
  sentence: number;
  /** YYYY-MM-DD, or null when the text names no single day ("in September", "next week"). */
  date: string | null;
}

/** A quotation: its marks. */
export interface Quote {
  /** Offsets of the opening and closing marks in the content. */
  open: number;
  close: number;
  /** Token indices of the marks. */
  openToken: number;
  closeToken: number;
}

/** A statement with its speaker and the rule that attributed it. */
export interface StatementMention {
  speaker: PersonEntity;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  sentence: number;
  date: string | null;
  confidence: number;
  extractor: string;
}

// What the events stage and its helpers share: the event found, and what it is read from.

export interface EventMention {
  type: EventType;
  participants: PersonEntity[];
  place: string | null;
  country: string | null;
  date: string | null;
  /** The trigger word's span and token. */
  start: number;
  end: number;
  token: number;
  sentence: number;
  confidence: number;
  extractor: string;
  /**
   * It refers back to an event told before: through its owner ("his visit",
   * "their sixth meeting", which may still be another occasion) or as "the
   * meeting" with no one new, which is the same one.
   */
  anaphoric: "owner" | "definite" | null;
  /** Its day comes from a relative clause on the noun itself ("the summit, which opened on Monday"), so it outranks a day told before. */
  datedByClause?: boolean;
  /** A gathering told by its verb alone ("when the ministers convene"): an event only once a later reference names someone in it. */
  awaitsParticipants?: boolean;
}
