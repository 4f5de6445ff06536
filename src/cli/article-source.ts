import { type ArticleFile, parseArticleFile } from "../ingest/article-file.ts";
import { CliError } from "./cli-error.ts";
import { readTextFile, readTextStream, UnreadableError } from "./read-text.ts";

export type DatedArticle = ArticleFile & { publishedAt: string };

/**
 * Reads an article file in either format ("-" reads stdin). The publication
 * date is `date` when given, else the file's own date line; with neither it is
 * a usage error (exit code 2), since extraction resolves "on Monday" against it.
 */
export async function readArticle(file: string, date: string | undefined): Promise<DatedArticle> {
  const name = file === "-" ? "stdin" : file;
  const article = parseArticleFile(await readContent(file, name), name);
  const publishedAt = date ?? article.publishedAt;
  if (!publishedAt) {
    throw new CliError(`${name} gives no publication date: pass --date YYYY-MM-DD (relative dates are resolved against it)`, 2);
  }
  return { ...article, publishedAt };
}

async function readContent(file: string, name: string): Promise<string> {
  try {
    return file === "-" ? await readTextStream(process.stdin) : await readTextFile(file);
  } catch (error) {
    throw error instanceof UnreadableError ? new CliError(`${name}: ${error.message}`) : error;
  }
}
