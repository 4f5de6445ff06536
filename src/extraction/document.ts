import type { ArticleInput, Span } from "./types.ts";

// The shared structure the stages annotate, in order. The title and the body
// are one string, `title + "\n\n" + text`, so that every stage reads them alike;
// `toArticleSpan` maps offsets back to the body (or the title).

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

export interface Doc {
  input: ArticleInput;
  content: string;
  /** Where the body starts in `content`; everything before it is the title. */
  bodyStart: number;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** The possessive token the segmenter splits off names: "’s" in "Putin’s". */
export const isPossessive = (text: string): boolean => text === "’s" || text === "'s";

export function toArticleSpan(doc: Doc, span: Span): Span & { inTitle: boolean } {
  if (span.start >= doc.bodyStart) {
    return { start: span.start - doc.bodyStart, end: span.end - doc.bodyStart, inTitle: false };
  }
  return { start: span.start, end: Math.min(span.end, doc.input.title.length), inTitle: true };
}

/** The index of the first token that starts at or after `offset`. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
