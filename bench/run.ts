import { Command, Option } from "commander";
import { z } from "zod";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { generateCorpus } from "./corpus.ts";
import { benchCache } from "./cache.ts";
import { benchColdStart, formatColdStart } from "./cold-start.ts";
import { benchGraphql } from "./graphql.ts";
import { benchIngest } from "./ingest.ts";
import { parseOptions, positiveWhole, seed } from "./options.ts";
import { formatTable, type Row } from "./print-table.ts";
import { benchReads } from "./side-by-side/compare.ts";
import { formatReads } from "./side-by-side/report.ts";
import { databaseOn } from "../src/db/database.ts";
import { createTempDb, startTempServer } from "../src/db/temp-db.ts";

// npm run bench [-- --articles 200 --duration 10 --connections 10 --seed 1 --only ingest|graphql|cache|reads|cold]
const parts = ["ingest", "graphql", "cache", "reads", "cold"] as const;
const optionsSchema = z.object({
  articles: positiveWhole("--articles"),
  duration: positiveWhole("--duration"),
  connections: positiveWhole("--connections"),
  seed,
  only: z.enum(parts).optional(),
});

const program = new Command("bench")
  .description(
    "Ingests a generated corpus into a fresh PostgreSQL database (an embedded server of its own), then loads the GraphQL server with fixed queries; " +
      "then (reads) loads Newsgraph, a hand-written SQL floor and a naive server with one nested query on generated data.",
  )
  .option("--articles <n>", "articles in the corpus", "200")
  .option("--duration <seconds>", "load per GraphQL query (in reads, per server)", "10")
  .option("--connections <n>", "concurrent HTTP connections", "10")
  .option("--seed <n>", "corpus seed: the same seed gives the same articles", "1")
  .addOption(new Option("--only <part>", "run one part").choices(parts))
  .parse();
const options = parseOptions(optionsSchema, program.opts(), (message) => program.error(message));
const runs = (part: (typeof parts)[number]) => options.only === undefined || options.only === part;

const corpus = generateCorpus(options.articles, options.seed);
const server = await startTempServer("newsgraph-bench-");
const temp = await createTempDb(server.url, { prefix: "newsgraph_bench" });
try {
  const rows: Row[] = [];
  if (runs("ingest")) {
    const result = await benchIngest(temp.url, corpus);
    rows.push(
      { what: "extract only, 1 thread (per article)", ...result.extractOnly },
      { what: "ingest, new (whole run)", perSecond: result.ingest.perSecond },
      { what: "re-ingest, unchanged (whole run)", perSecond: result.reingest.perSecond },
    );
    const floor = (timings: { perSecond: number }) => (timings.perSecond / result.extractOnly.perSecond).toFixed(2);
    console.log(`ingest: ${corpus.length} articles (seed ${options.seed}); new ${floor(result.ingest)}× and unchanged ${floor(result.reingest)}× the speed of extraction alone on one thread`);
    console.log(`sql: ${result.ingest.statementsPerArticle.toFixed(1)} statements per new article, ${result.reingest.statementsPerArticle.toFixed(2)} per unchanged one`);
    console.log(`memory: RSS ${result.startRssMb.toFixed(0)} MB before, ${result.peakRssMb.toFixed(0)} MB at peak`);
    console.log(`rows: ${Object.entries(result.rows).map(([name, count]) => `${count} ${name}`).join(", ")}`);
  } else if (runs("graphql") || runs("cache")) {
    for (const article of corpus) await ingestArticle(temp.db, article);
  }
  if (runs("graphql")) {
    for (const { label, perSecond, p50Ms, p99Ms } of await benchGraphql(databaseOn(temp.url), options)) rows.push({ what: label, perSecond, p50Ms, p99Ms });
    console.log(`graphql: ${options.connections} connections, ${options.duration} s per query; every response checked against the first`);
  }
  if (runs("cache")) rows.push(...(await benchCache(databaseOn(temp.url), options)));
  if (rows.length > 0) console.log(formatTable(rows));
  // On databases of their own, filled with generated people and statements.
  if (runs("reads")) console.log(`\n${formatReads(await benchReads(server.url, options), options)}`);
  // On an embedded database of its own, as `npm start` runs.
  if (runs("cold")) console.log(`\n${formatColdStart(await benchColdStart({ articles: 100_000, runs: 5 }))}`);
} finally {
  await temp.dispose();
  await server.stop();
}
