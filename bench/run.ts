import { Command, Option } from "commander";
import { z } from "zod";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { generateCorpus } from "./corpus.ts";
import { benchCache } from "./cache.ts";
import { benchGraphql } from "./graphql.ts";
import { benchIngest } from "./ingest.ts";
import { parseOptions, positiveWhole, seed } from "./options.ts";
import { formatTable, type Row } from "./print-table.ts";
import { databaseOn } from "../src/db/database.ts";
import { createTempDb, startTempServer } from "../src/db/temp-db.ts";

// npm run bench [-- --articles 200 --duration 10 --connections 10 --seed 1 --only ingest|graphql|cache]
const optionsSchema = z.object({
  articles: positiveWhole("--articles"),
  duration: positiveWhole("--duration"),
  connections: positiveWhole("--connections"),
  seed,
  only: z.enum(["ingest", "graphql", "cache"]).optional(),
});

const program = new Command("bench")
  .description("Ingests a generated corpus into a fresh PostgreSQL database (an embedded server of its own), then loads the GraphQL server with fixed queries.")
  .option("--articles <n>", "articles in the corpus", "200")
  .option("--duration <seconds>", "load per GraphQL query", "10")
  .option("--connections <n>", "concurrent HTTP connections", "10")
  .option("--seed <n>", "corpus seed: the same seed gives the same articles", "1")
  .addOption(new Option("--only <part>", "run one part").choices(["ingest", "graphql", "cache"]))
  .parse();
const options = parseOptions(optionsSchema, program.opts(), (message) => program.error(message));

const corpus = generateCorpus(options.articles, options.seed);
const server = await startTempServer("newsgraph-bench-");
const temp = await createTempDb(server.url, { prefix: "newsgraph_bench" });
try {
  const rows: Row[] = [];
  if (options.only === undefined || options.only === "ingest") {
    const result = await benchIngest(temp.db, corpus);
    rows.push(
      { what: "extract only (per article)", ...result.extractOnly },
      { what: "ingest, new (per article)", ...result.ingest },
      { what: "re-ingest, unchanged (per article)", ...result.reingest },
    );
    const databaseShare = 1 - result.extractOnly.totalMs / result.ingest.totalMs;
    console.log(`ingest: ${corpus.length} articles (seed ${options.seed}); database and validation ≈ ${(databaseShare * 100).toFixed(0)}% of ingest time`);
    console.log(`memory: RSS ${result.startRssMb.toFixed(0)} MB before, ${result.peakRssMb.toFixed(0)} MB at peak`);
    console.log(`rows: ${Object.entries(result.rows).map(([name, count]) => `${count} ${name}`).join(", ")}`);
  } else {
    for (const article of corpus) await ingestArticle(temp.db, article);
  }
  if (options.only === undefined || options.only === "graphql") {
    for (const { label, perSecond, p50Ms, p99Ms } of await benchGraphql(databaseOn(temp.url), options)) rows.push({ what: label, perSecond, p50Ms, p99Ms });
    console.log(`graphql: ${options.connections} connections, ${options.duration} s per query; every response checked against the first`);
  }
  if (options.only === undefined || options.only === "cache") rows.push(...(await benchCache(databaseOn(temp.url), options)));
  console.log(formatTable(rows));
} finally {
  await temp.dispose();
  await server.stop();
}
