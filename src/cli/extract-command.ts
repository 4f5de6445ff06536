import { extractArticle } from "../extraction/index.ts";
import { readArticle } from "./article-source.ts";
import { toGoldShape } from "./extraction-json.ts";

/** `newsgraph extract FILE`: prints what the extractor finds in one article, as gold-shaped JSON. */
export async function extractCommand(file: string, { date }: { date?: string }): Promise<void> {
  const { title, text, publishedAt } = await readArticle(file, date);
  const extraction = extractArticle({ title, text, publishedAt });
  console.log(JSON.stringify(toGoldShape({ title, publishedAt }, extraction), null, 2));
}
