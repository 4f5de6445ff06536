import { extractArticle, toReport } from "../extraction/index.ts";
import { readArticle } from "./article-source.ts";

/** `newsgraph extract FILE`: prints what the extractor finds in one article, in the eval set's gold JSON shape. */
export async function extractCommand(file: string, { date }: { date?: string }): Promise<void> {
  const { title, text, publishedAt } = await readArticle(file, date);
  const extraction = extractArticle({ title, text, publishedAt });
  console.log(JSON.stringify({ title, publishedAt, ...toReport(extraction) }, null, 2));
}
