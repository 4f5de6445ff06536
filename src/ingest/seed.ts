import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../db/client.ts";
import { parseArticleFile } from "./article-file.ts";
import { ensureCountries } from "./countries.ts";
import { ingestArticle } from "./ingest-article.ts";
import { IngestError } from "./ingest-error.ts";
import type { IngestCounts } from "./write-extraction.ts";

export const defaultSeedFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "seeds");

export interface SeedReport {
  /** Countries inserted by this run (0 once loaded). */
  countriesAdded: number;
  articles: { file: string; title: string; created: boolean; counts: IngestCounts }[];
}

/**
 * Loads the countries, then ingests every `*.txt` in `folder` (seed or eval
 * format), in file-name order. Articles are keyed on their content, so a
 * second run finds them all stored and changes nothing.
 */
export async function seed(db: Db, folder = defaultSeedFolder): Promise<SeedReport> {
  const { added } = await ensureCountries(db);
  const files = (await readdir(folder)).filter((file) => file.endsWith(".txt")).sort();
  const articles: SeedReport["articles"] = [];
  for (const file of files) {
    const parsed = parseArticleFile(await readFile(join(folder, file), "utf8"), file);
    if (!parsed.publishedAt) throw new IngestError(`${file} has no "date YYYY-MM-DD" first line, so no publication date`);
    const { article, created, counts } = await ingestArticle(db, { ...parsed, publishedAt: parsed.publishedAt });
    articles.push({ file, title: article.title, created, counts });
  }
  return { countriesAdded: added, articles };
}
