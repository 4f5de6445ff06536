import type { Doc } from "./annotations.ts";
import type { Span } from "./types.ts";

/** The possessive token the segmenter splits off names: "’s" in "Putin’s", the bare apostrophe in "Laos’". */
export const isPossessive = (text: string): boolean => text === "’s" || text === "'s" || text === "’" || text === "'";

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
