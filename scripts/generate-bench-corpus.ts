import { Command } from "commander";
import { z } from "zod";
import { generateCorpus, toJsonLines } from "../bench/corpus.ts";
import { parseOptions, positiveWhole, seed } from "../bench/options.ts";

// Writes the benchmark corpus as JSON lines, e.g. to time `newsgraph ingest` itself:
//   npm run bench:corpus -- --articles 500 > /tmp/corpus.jsonl
const program = new Command("generate-bench-corpus")
  .description("Prints invented news articles as JSON lines; the same seed always gives the same articles.")
  .option("--articles <n>", "how many articles", "200")
  .option("--seed <n>", "the corpus seed", "1")
  .parse();
const options = parseOptions(z.object({ articles: positiveWhole("--articles"), seed }), program.opts(), (message) => program.error(message));
process.stdout.write(toJsonLines(generateCorpus(options.articles, options.seed)));
