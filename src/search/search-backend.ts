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
 * Full-text search over the stored news, best hits first. SQLite implements it with FTS5
 * (sqlite-search.ts); PostgreSQL can implement it with a `tsvector` column and `ts_rank`.
 */
export interface SearchBackend {
  search(terms: SearchTerm[], limit: number): Promise<SearchHit[]>;
}
