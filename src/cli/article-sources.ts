import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parseArticleFile } from "../ingest/article-file.ts";
import { type ArticleRecord, parseArticleJsonLine } from "../ingest/article-json-line.ts";
import type { IngestInput } from "../ingest/ingest-article.ts";
import { type ArticlePath, expandPath } from "./article-paths.ts";
import { CliError } from "./cli-error.ts";
import { describeFsError, readTextFile, readTextStream } from "./read-text.ts";

/** An article to ingest, or why the one at `origin` ("path", "path:line", "stdin", "stdin:line") cannot be. */
export type SourcedArticle = { origin: string; article: IngestInput } | { origin: string; error: string };

/** What applies to the articles that do not give it themselves. */
export interface ArticleDefaults {
  date?: string;
  url?: string;
  source?: string;
}

export interface ArticleSources {
  /** How many articles and unreadable paths there are: where the progress bar ends. */
  total: number;
  /** Reads and parses one article at a time, so that thousands of files never sit in memory together. */
  articles(): AsyncGenerator<SourcedArticle>;
}

type Source =
  | { origin: string; error: string }
  | { origin: string; read: () => Promise<ArticleRecord> }
  | { origin: string; count: number; lines: () => Lines };

type Lines = AsyncIterable<string> | Iterable<string>;

/**
 * Lists the articles under `paths` (see expandPath): a .jsonl file gives one
 * per non-empty line, "-" reads stdin, as JSON lines when it starts with "{"
 * and else as one article file. Only stdin and the line counts are read now.
 */
export async function openArticleSources(paths: string[], defaults: ArticleDefaults, stdin: Readable): Promise<ArticleSources> {
  if (paths.filter((path) => path === "-").length > 1) throw new CliError('"-" (stdin) can be given only once', 2);
  const sources: Source[] = [];
  for (const path of paths) {
    if (path === "-") sources.push(await stdinSource(stdin));
    else for await (const found of expandPath(path)) sources.push(await fileSource(found));
  }
  return {
    total: sources.reduce((sum, source) => sum + ("count" in source ? source.count : 1), 0),
    articles: () => articlesOf(sources, defaults),
  };
}

async function stdinSource(stdin: Readable): Promise<Source> {
  const origin = "stdin";
  try {
    const content = await readTextStream(stdin);
    if (!content.trimStart().startsWith("{")) return { origin, read: async () => parseArticleFile(content) };
    const lines = content.split(/\r?\n/);
    return { origin, count: lines.filter((line) => line.trim() !== "").length, lines: () => lines };
  } catch (error) {
    return { origin, error: reasonOf(error) };
  }
}

async function fileSource(found: ArticlePath): Promise<Source> {
  const { path: origin } = found;
  if ("error" in found) return { origin, error: found.error };
  if (found.format === "text") return { origin, read: async () => parseArticleFile(await readTextFile(origin)) };
  const lines = () => createInterface({ input: createReadStream(origin), crlfDelay: Infinity });
  try {
    let count = 0;
    for await (const line of lines()) if (line.trim() !== "") count += 1;
    return count === 0 ? { origin, error: "holds no article lines" } : { origin, count, lines };
  } catch (error) {
    return { origin, error: describeFsError(error) };
  }
}

async function* articlesOf(sources: Source[], defaults: ArticleDefaults): AsyncGenerator<SourcedArticle> {
  for (const source of sources) {
    if ("error" in source) yield source;
    else if ("read" in source) yield await settle(source.origin, source.read, defaults);
    else yield* linesOf(source.origin, source.lines(), defaults);
  }
}

async function* linesOf(origin: string, lines: Lines, defaults: ArticleDefaults): AsyncGenerator<SourcedArticle> {
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      if (line.trim() !== "") yield await settle(`${origin}:${number}`, async () => parseArticleJsonLine(line), defaults);
    }
  } catch (error) {
    yield { origin, error: describeFsError(error) };
  }
}

async function settle(origin: string, read: () => Promise<ArticleRecord>, defaults: ArticleDefaults): Promise<SourcedArticle> {
  try {
    const { title, text, publishedAt, url, source } = await read();
    const date = publishedAt ?? defaults.date;
    if (!date) return { origin, error: "no publication date: pass --date YYYY-MM-DD (relative dates are resolved against it)" };
    return { origin, article: { title, text, publishedAt: date, url: url ?? defaults.url, source: source ?? defaults.source } };
  } catch (error) {
    return { origin, error: reasonOf(error) };
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
