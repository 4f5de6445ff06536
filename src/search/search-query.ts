import { normalizeName } from "../extraction/normalize.ts";

export const MAX_SEARCH_QUERY_LENGTH = 200;

/** Shorter last words match whole: "xi" must not also find "xinjiang". */
const MIN_PREFIX_LENGTH = 3;

/** A query that cannot be searched for; the message is meant for the person who typed it. */
export class SearchQueryError extends Error {}

/** One word to look for; `prefix` also matches longer words that start with it. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/**
 * What a person typed, as words every hit must contain: accents folded, lower case, everything but
 * letters and digits dropped, so quotes, `*`, `AND` or `NEAR(…)` are plain text, never query syntax.
 * The last word is also a prefix, so a query can be typed ahead: "Lúla da Silv" → lula, da, silv*.
 * Backend-neutral: each search backend turns the terms into its own syntax.
 */
export function parseSearchQuery(text: string): SearchTerm[] {
  if (text.trim() === "") throw new SearchQueryError("The search query is empty: give a word to look for.");
  if (text.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new SearchQueryError(
      `A search query holds at most ${MAX_SEARCH_QUERY_LENGTH} characters; this one has ${text.length}.`,
    );
  }
  // Letters, numbers and private-use characters make words; everything else separates them.
  const words = normalizeName(text).match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
  if (words.length === 0) throw new SearchQueryError("The search query has no letters or digits to look for.");
  return words.map((word, index) => ({
    word,
    prefix: index === words.length - 1 && word.length >= MIN_PREFIX_LENGTH,
  }));
}
