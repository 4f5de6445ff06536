import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import { type ArticleFile, parseArticleFile } from "../ingest/article-file.ts";
import { CliError } from "./cli-error.ts";

export type DatedArticle = ArticleFile & { publishedAt: string };

/**
 * Reads an article file in either format ("-" reads stdin). The publication
 * date is `date` when given, else the file's own date line; with neither it is
 * a usage error (exit code 2), since extraction resolves "on Monday" against it.
 */
export async function readArticle(file: string, date: string | undefined): Promise<DatedArticle> {
  const name = file === "-" ? "stdin" : file;
  const content = file === "-" ? await text(process.stdin) : await readContent(file);
  const article = parseArticleFile(content, name);
  const publishedAt = date ?? article.publishedAt;
  if (!publishedAt) {
    throw new CliError(`${name} gives no publication date: pass --date YYYY-MM-DD (relative dates are resolved against it)`, 2);
  }
  return { ...article, publishedAt };
}

async function readContent(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`);
  }
}
