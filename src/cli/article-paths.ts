import type { Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { describeFsError } from "./read-text.ts";

/** A file to read as one article ("text") or as one article per line ("jsonl"), or a path that cannot be read. */
export type ArticlePath = { path: string; format: "text" | "jsonl" } | { path: string; error: string };

// In folders only these count: .txt holds one article in either text format, .jsonl one per line.
// Markdown is left out: its markup would end up in titles and statements.
const articleExtensions = new Set([".txt", ".jsonl"]);

const formatOf = (path: string) => (extname(path).toLowerCase() === ".jsonl" ? "jsonl" : "text");

/**
 * Expands one path: a file is taken whatever its name; a folder is walked
 * recursively in name order, taking the article files below it and skipping
 * hidden files and folders.
 */
export async function* expandPath(path: string): AsyncGenerator<ArticlePath> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    yield { path, error: describeFsError(error) };
    return;
  }
  if (stats.isDirectory()) yield* walk(path, new Set());
  else yield { path, format: formatOf(path) };
}

async function* walk(folder: string, walked: Set<string>): AsyncGenerator<ArticlePath> {
  let names: string[];
  try {
    // A symbolic link back up the tree would otherwise be walked forever.
    const real = await realpath(folder);
    if (walked.has(real)) return;
    walked.add(real);
    names = await readdir(folder);
  } catch (error) {
    yield { path: folder, error: describeFsError(error) };
    return;
  }
  for (const name of names.filter((name) => !name.startsWith(".")).sort()) {
    const path = join(folder, name);
    const isArticle = articleExtensions.has(extname(name).toLowerCase());
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      if (isArticle) yield { path, error: describeFsError(error) };
      continue;
    }
    if (stats.isDirectory()) yield* walk(path, walked);
    else if (isArticle && stats.isFile()) yield { path, format: formatOf(path) };
  }
}
