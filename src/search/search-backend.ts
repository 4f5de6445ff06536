import type { SearchTerm } from "./search-query.ts";

export const searchKinds = ["person", "statement", "article", "event"] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One matching row; a higher score is a better match. A row appears once, with its best score. */
export interface SearchHit {
  kind: SearchKind;
  id: number;
  score: number;
}

/**
 * Full-text search over the stored news, best hits first: PostgreSQL's full-text search and
 * trigram matching (postgres-search.ts); a search engine could take its place.
 */
export interface SearchBackend {
  search(terms: SearchTerm[], limit: number): Promise<SearchHit[]>;
  /** The person whose name or alias is closest to `name` (normalised, misspelt), if one is close enough. */
  closestPerson(name: string): Promise<number | null>;
}
