import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { extractArticle } from "../extraction/index.ts";
import type { ArticleInput, Extraction } from "../extraction/types.ts";

export interface ExtractionPool {
  extract(input: ArticleInput): Promise<Extraction>;
  close(): Promise<void>;
}

// The worker module beside this one, in the same language: extract-worker.ts when the sources run
// through tsx, extract-worker.js once compiled (the compiler rewrites import specifiers, not URLs).
const workerUrl = new URL(`./extract-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/**
 * Worker threads that run `extractArticle`, one per core by default, so that
 * extraction (pure and CPU-bound) runs beside the main thread's database
 * writes. Tasks are answered in any order; callers keep their own.
 */
export function startExtractionPool(threads = availableParallelism()): ExtractionPool {
  const pool = new Piscina<ArticleInput, Extraction>({
    filename: workerUrl.href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: workerExecArgv(),
  });
  return {
    extract: (input) => pool.run({ title: input.title, text: input.text, publishedAt: input.publishedAt }),
    close: () => pool.destroy(),
  };
}

/**
 * Workers inherit the process's flags: under `tsx` these load TypeScript. A
 * process whose loader was registered through tsx's API instead
 * (bin/newsgraph.js) has no such flag, so a .ts worker is given tsx's loader.
 */
function workerExecArgv(): string[] {
  if (!workerUrl.pathname.endsWith(".ts")) return process.execArgv;
  const loader = import.meta.resolve("tsx");
  return process.execArgv.includes(loader) ? process.execArgv : [...process.execArgv, "--import", loader];
}

// Below this many articles extraction stays on the main thread: starting workers (each loads the
// lexicons) would take longer than it saves.
const fewArticles = 32;

/**
 * Extraction for a run of `count` articles: on a pool of workers from
 * `fewArticles` on, started when the first article needs extracting (a run of
 * articles all stored already starts none); else on the calling thread.
 */
export function extractionFor(count: number): ExtractionPool {
  if (count < fewArticles) return { extract: async (input) => extractArticle(input), close: async () => {} };
  let pool: ExtractionPool | undefined;
  return {
    extract: (input) => (pool ??= startExtractionPool()).extract(input),
    close: async () => pool?.close(),
  };
}
