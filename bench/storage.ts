import { Command } from "commander";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { z } from "zod";
import { withClient } from "../src/db/pg-client.ts";
import { createTempDb, startTempServer } from "../src/db/temp-db.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { generateCorpus } from "./corpus.ts";
import { parseOptions, positiveWhole, seed } from "./options.ts";
import { formatColumns } from "./print-table.ts";

// npm run bench:storage [-- --articles 1000 --seed 1]
const optionsSchema = z.object({ articles: positiveWhole("--articles"), seed });

const program = new Command("bench:storage")
  .description("Ingests a generated corpus into a fresh PostgreSQL database, then reports the size of every table and index, extrapolates it to 100 million statements, and times three reads with EXPLAIN ANALYZE.")
  .option("--articles <n>", "articles in the corpus", "300")
  .option("--seed <n>", "corpus seed: the same seed gives the same articles", "1")
  .parse();
const options = parseOptions(optionsSchema, program.opts(), (message) => program.error(message));

const TARGET_STATEMENTS = 100_000_000;
// Each read runs once to warm the cache, then this many times; the median is reported.
const READ_RUNS = 5;

interface TableSize {
  name: string;
  rows: number;
  tableBytes: number;
  indexBytes: number;
  totalBytes: number;
}

interface IndexSize {
  name: string;
  bytes: number;
}

interface Read {
  label: string;
  sql: string;
  values: unknown[];
  /** A speaker's newest statements: timed again with the candidate index. */
  speakerPage?: boolean;
}

interface ReadTiming {
  label: string;
  executionMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  rows: number;
  plan: string;
}

const corpus = generateCorpus(options.articles, options.seed);
// Durability changes neither the sizes nor the reads measured here, only how long ingesting takes.
const server = await startTempServer("newsgraph-bench-storage-", { fsync: "off", synchronous_commit: "off", full_page_writes: "off" });
try {
  const temp = await createTempDb(server.url, { prefix: "newsgraph_bench_storage" });
  try {
    const ingestStart = performance.now();
    for (const article of corpus) await ingestArticle(temp.db, article);
    const ingestSeconds = (performance.now() - ingestStart) / 1000;
    await withClient(temp.url, (client) => report(client, ingestSeconds));
  } finally {
    await temp.dispose();
  }
} finally {
  await server.stop();
}

async function report(client: pg.Client, ingestSeconds: number): Promise<void> {
  await client.query("VACUUM ANALYZE");
  const { rows: [server] } = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
  console.log(
    `storage: ${corpus.length} articles (seed ${options.seed}) ingested in ${ingestSeconds.toFixed(1)} s; ` +
      `PostgreSQL ${server!.version}; ${new Date().toISOString().slice(0, 10)}; sizes after VACUUM ANALYZE`,
  );
  const tables = await tableSizes(client);
  const statements = tables.find(({ name }) => name === "Statement")?.rows ?? 0;
  if (statements === 0) throw new Error("The corpus stored no statements: nothing to divide by");
  console.log(formatColumns(["table", "rows", "table", "indexes", "total", "total/statement"], tableRows(tables, statements)));
  console.log("(total = pg_total_relation_size: table + indexes + TOAST + free-space and visibility maps)");

  const total = sum(tables.map(({ totalBytes }) => totalBytes));
  const indexes = sum(tables.map(({ indexBytes }) => indexBytes));
  const { rows: [database] } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
  console.log(
    `\nper statement: ${(total / statements).toFixed(0)} B over all tables (${statements} statements, ${formatBytes(total)}; ` +
      `indexes ${percent(indexes, total)}); pg_database_size ${formatBytes(Number(database!.bytes))} includes the system catalogs`,
  );
  console.log(
    `extrapolated: ${TARGET_STATEMENTS.toLocaleString("en")} statements × ${(total / statements).toFixed(0)} B ≈ ` +
      `${formatBytes((total / statements) * TARGET_STATEMENTS)} (indexes ≈ ${formatBytes((indexes / statements) * TARGET_STATEMENTS)}), same mix of articles, people and events`,
  );

  console.log(`\nlargest indexes:`);
  const largest = (await indexSizes(client)).slice(0, 10);
  console.log(
    formatColumns(
      ["index", "bytes", "share of all", "per statement"],
      largest.map(({ name, bytes }) => [name, formatBytes(bytes), percent(bytes, total), `${(bytes / statements).toFixed(1)} B`]),
    ),
  );

  const reads = await representativeReads(client);
  const timings: ReadTiming[] = [];
  for (const read of reads) timings.push(await timeRead(client, read));
  // The speaker pages again with an index that matches their ORDER BY, created in this temporary
  // database only: what such an index would change, beside what the schema gives today.
  await client.query(`CREATE INDEX "bench_Statement_speaker_newest" ON "Statement" ("speakerId", "date" DESC, "id" DESC)`);
  await client.query(`ANALYZE "Statement"`);
  const { rows: [candidate] } = await client.query<{ bytes: string }>(`SELECT pg_relation_size('"bench_Statement_speaker_newest"') AS bytes`);
  for (const read of reads.filter(({ speakerPage }) => speakerPage)) {
    timings.push(await timeRead(client, { ...read, label: `${read.label}, + candidate index` }));
  }
  console.log(`\nreads: EXPLAIN (ANALYZE, BUFFERS), median of ${READ_RUNS} warm runs; buffers are 8 KiB pages`);
  console.log(
    formatColumns(
      ["read", "exec ms", "plan ms", "hit", "read", "rows", "plan"],
      timings.map((timing) => [
        timing.label,
        timing.executionMs.toFixed(3),
        timing.planningMs.toFixed(3),
        String(timing.sharedHit),
        String(timing.sharedRead),
        String(timing.rows),
        timing.plan,
      ]),
    ),
  );
  console.log(`(candidate index ("speakerId", date DESC, id DESC), not in the schema: ${formatBytes(Number(candidate!.bytes))}, ${(Number(candidate!.bytes) / statements).toFixed(1)} B per statement)`);
}

async function tableSizes(client: pg.Client): Promise<TableSize[]> {
  const { rows } = await client.query<{ name: string; table_bytes: string; index_bytes: string; total_bytes: string }>(`
    SELECT c.relname AS name, pg_relation_size(c.oid) AS table_bytes, pg_indexes_size(c.oid) AS index_bytes,
           pg_total_relation_size(c.oid) AS total_bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY pg_total_relation_size(c.oid) DESC, c.relname`);
  const sizes: TableSize[] = [];
  for (const row of rows) {
    // Exact counts: reltuples is an estimate, and these tables are small enough to count.
    const { rows: [count] } = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM "${row.name}"`);
    sizes.push({
      name: row.name,
      rows: count!.rows,
      tableBytes: Number(row.table_bytes),
      indexBytes: Number(row.index_bytes),
      totalBytes: Number(row.total_bytes),
    });
  }
  return sizes;
}

async function indexSizes(client: pg.Client): Promise<IndexSize[]> {
  const { rows } = await client.query<{ name: string; bytes: string }>(`
    SELECT i.relname AS name, pg_relation_size(i.oid) AS bytes
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public'
    ORDER BY pg_relation_size(i.oid) DESC, i.relname`);
  return rows.map((row) => ({ name: row.name, bytes: Number(row.bytes) }));
}

function tableRows(tables: readonly TableSize[], statements: number): string[][] {
  const rows = tables.map((table) => [
    table.name,
    String(table.rows),
    formatBytes(table.tableBytes),
    formatBytes(table.indexBytes),
    formatBytes(table.totalBytes),
    `${(table.totalBytes / statements).toFixed(1)} B`,
  ]);
  const total = (pick: (table: TableSize) => number) => sum(tables.map(pick));
  rows.push([
    "all tables",
    String(total(({ rows }) => rows)),
    formatBytes(total(({ tableBytes }) => tableBytes)),
    formatBytes(total(({ indexBytes }) => indexBytes)),
    formatBytes(total(({ totalBytes }) => totalBytes)),
    `${(total(({ totalBytes }) => totalBytes) / statements).toFixed(1)} B`,
  ]);
  return rows;
}

/**
 * The API's commonest reads: a speaker's page (for the speaker with the most statements and the one
 * with the fewest: the planner may walk the date index for the first and the speaker index for the
 * second), its totalCount, a search, and the article with the most statements.
 */
async function representativeReads(client: pg.Client): Promise<Read[]> {
  const speakers = await client.query<{ id: number; statements: number }>(
    `SELECT "speakerId" AS id, count(*)::int AS statements FROM "Statement" GROUP BY "speakerId" ORDER BY count(*) DESC, "speakerId"`,
  );
  const most = speakers.rows[0]!;
  const fewest = speakers.rows.at(-1)!;
  const { rows: [article] } = await client.query<{ id: number; statements: number }>(
    `SELECT "articleId" AS id, count(*)::int AS statements FROM "Statement" GROUP BY "articleId" ORDER BY count(*) DESC, "articleId" LIMIT 1`,
  );
  const { rows: [matches] } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "SearchDocument" WHERE "document" @@ to_tsquery('newsgraph_search', 'minister')`,
  );
  const speakerPage = `SELECT * FROM "Statement" WHERE "speakerId" = $1 ORDER BY "date" DESC, "id" DESC LIMIT 21`;
  return [
    { label: `(a) speaker's newest 21, most (${most.statements})`, sql: speakerPage, values: [most.id], speakerPage: true },
    { label: `(a) speaker's newest 21, fewest (${fewest.statements})`, sql: speakerPage, values: [fewest.id], speakerPage: true },
    { label: `(a) its totalCount, most`, sql: `SELECT count(*) FROM "Statement" WHERE "speakerId" = $1`, values: [most.id] },
    {
      label: `(b) search 'minister', top 20 (${matches!.count} match)`,
      sql: `SELECT "kind", "refId", ts_rank("document", query) AS rank
            FROM "SearchDocument", to_tsquery('newsgraph_search', 'minister') AS query
            WHERE "document" @@ query ORDER BY rank DESC LIMIT 20`,
      values: [],
    },
    {
      label: `(c) one article's statements (${article!.statements})`,
      sql: `SELECT * FROM "Statement" WHERE "articleId" = $1 ORDER BY "start", "id"`,
      values: [article!.id],
    },
  ];
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

interface Explained {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
}

async function timeRead(client: pg.Client, { label, sql, values }: Read): Promise<ReadTiming> {
  const explain = async (): Promise<Explained> => {
    const { rows } = await client.query<{ "QUERY PLAN": Explained[] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, values);
    return rows[0]!["QUERY PLAN"][0]!;
  };
  await explain();
  const runs: Explained[] = [];
  for (let run = 0; run < READ_RUNS; run += 1) runs.push(await explain());
  runs.sort((a, b) => a["Execution Time"] - b["Execution Time"]);
  const median = runs[Math.floor(runs.length / 2)]!;
  return {
    label,
    executionMs: median["Execution Time"],
    planningMs: median["Planning Time"],
    // A node's buffer counts include its children's: the root's are the whole read's.
    sharedHit: median.Plan["Shared Hit Blocks"] ?? 0,
    sharedRead: median.Plan["Shared Read Blocks"] ?? 0,
    rows: median.Plan["Actual Rows"] ?? 0,
    plan: describePlan(median.Plan),
  };
}

/** "Limit > Sort > Bitmap Heap Scan Statement > Bitmap Index Scan Statement_speakerId_idx": the first child at each level. */
function describePlan(node: PlanNode): string {
  const target = node["Index Name"] ?? node["Relation Name"];
  const here = target ? `${node["Node Type"]} ${target}` : node["Node Type"];
  const children = node.Plans ?? [];
  if (children.length === 0) return here;
  const rest = children.map(describePlan);
  return `${here} > ${rest.length === 1 ? rest[0] : `(${rest.join(", ")})`}`;
}

/** Binary units, as PostgreSQL's pg_size_pretty counts them. */
function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
