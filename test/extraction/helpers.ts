import { extractArticle } from "../../src/extraction/index.ts";
import type { Extraction } from "../../src/extraction/types.ts";

/** Extracts a one-paragraph-or-more body under a neutral headline. */
export function extract(text: string, publishedAt = "2024-05-15"): Extraction {
  return extractUnder("Officials meet", text, publishedAt);
}

/** Extracts a body under the given headline, for what a headline adds or must not add. */
export function extractUnder(title: string, text: string, publishedAt = "2024-05-15"): Extraction {
  return extractArticle({ title, text, publishedAt });
}
