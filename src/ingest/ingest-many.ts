import type { Db } from "../db/client.ts";
import type { ArticleInput, Extraction } from "../extraction/types.ts";
import { type IngestInput, type IngestResult, type PreparedArticle, prepareArticle } from "./ingest-article.ts";
import { findStored, storeArticles } from "./store-articles.ts";

/** What became of one item: its result, why it failed, or nothing for an item that carries no article. */
export type Ingested<Item> = { item: Item } | { item: Item; result: IngestResult } | { item: Item; error: unknown };

export interface IngestManyOptions {
  /** Extraction, which may run elsewhere (an ExtractionPool): it is asked for several articles before their turn to be written comes. */
  extract(input: ArticleInput): Promise<Extraction>;
  /** Articles looked up with one query, extracted ahead and written in one transaction: at most three batches are in memory at once. */
  batchSize?: number;
}

type Parsed<Item> = Ingested<Item> | { item: Item; article: PreparedArticle };

type Task<Item> = Ingested<Item> | { item: Item; article: PreparedArticle; extraction: Promise<{ extraction: Extraction } | { error: unknown }> };

/**
 * Ingests a stream of articles, as ingestArticle would one after the other,
 * and yields each item's outcome in the stream's order. The articles already
 * stored are found a batch at a time (one query), and are not extracted; the
 * others are extracted ahead, while the batch before them is written, and
 * then written together, in order (see storeArticles). `inputOf` picks an
 * item's article; an item without one (a file that could not be read) passes
 * through.
 */
export async function* ingestMany<Item>(
  db: Db,
  items: AsyncIterable<Item> | Iterable<Item>,
  inputOf: (item: Item) => IngestInput | undefined,
  { extract, batchSize = 64 }: IngestManyOptions,
): AsyncGenerator<Ingested<Item>> {
  const iterator = batches(items, batchSize);
  const prepareNext = async () => {
    const next = await iterator.next();
    return next.done ? null : prepareBatch(db, next.value, inputOf, extract);
  };
  // Two batches are looked up and extracted while one is written: the workers keep busy through
  // the write, and through a batch whose extraction takes longer than its write.
  const ahead = [prepareNext(), prepareNext()];
  try {
    for (let batch = await ahead.shift()!; batch; batch = await ahead.shift()!) {
      ahead.push(prepareNext());
      yield* await settle(db, batch);
    }
  } finally {
    // Stopped early: the batches read ahead are dropped, and their failures with them.
    for (const pending of ahead) pending.catch(() => {});
  }
}

async function* batches<Item>(items: AsyncIterable<Item> | Iterable<Item>, size: number): AsyncGenerator<Item[]> {
  let batch: Item[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function prepareBatch<Item>(
  db: Db,
  items: Item[],
  inputOf: (item: Item) => IngestInput | undefined,
  extract: IngestManyOptions["extract"],
): Promise<Task<Item>[]> {
  const parsed = items.map((item): Parsed<Item> => {
    const input = inputOf(item);
    if (!input) return { item };
    try {
      return { item, article: prepareArticle(input) };
    } catch (error) {
      return { item, error };
    }
  });
  const articles = parsed.flatMap((entry) => ("article" in entry ? [entry.article] : []));
  const stored = new Map((await findStored(db, articles)).map((result, i) => [articles[i]!, result]));
  return parsed.map((entry) => {
    if (!("article" in entry)) return entry;
    const result = stored.get(entry.article);
    if (result) return { item: entry.item, result };
    const { title, text, publishedAt } = entry.article;
    // Settled at once into a value: a failure waits for its turn without being an unhandled rejection.
    const extraction = extract({ title, text, publishedAt }).then(
      (extraction) => ({ extraction }),
      (error: unknown) => ({ error }),
    );
    return { ...entry, extraction };
  });
}

async function settle<Item>(db: Db, tasks: Task<Item>[]): Promise<Ingested<Item>[]> {
  const extracted = await Promise.all(tasks.map(async (task) => ("article" in task ? { task, extracted: await task.extraction } : { task })));
  const toStore = extracted.flatMap(({ task, extracted }) => (extracted && "extraction" in extracted ? [{ task, article: task.article, extraction: extracted.extraction }] : []));
  const stored = new Map((await storeArticles(db, toStore)).map((outcome, i) => [toStore[i]!.task, outcome]));
  return extracted.map(({ task, extracted }): Ingested<Item> => {
    if (!extracted) return task;
    if ("error" in extracted) return { item: task.item, error: extracted.error };
    return { item: task.item, ...stored.get(task)! };
  });
}
