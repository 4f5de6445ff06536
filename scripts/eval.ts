import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle, toReport } from "../src/extraction/index.ts";
import { parseArticleFile } from "../src/ingest/article-file.ts";

// Extracts every article of the evaluation set and prints the scorer's table.
//   npm run eval                       (../shared/eval/dev)
//   npm run eval -- --gold eval/heldout        (our own articles, annotated by the same rules)
//   npm run eval -- --gold DIR --keep OUT --scorer FILE
const { values } = parseArgs({
  options: {
    gold: { type: "string", default: "../shared/eval/dev" },
    keep: { type: "string" },
    scorer: { type: "string", default: "../shared/eval/score.mjs" },
  },
});
const goldDir = resolve(values.gold!);
const scorer = resolve(values.scorer!);
const predDir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "newsgraph-eval-"));
mkdirSync(predDir, { recursive: true });

for (const file of readdirSync(goldDir).filter((name) => name.endsWith(".gold.json"))) {
  const id = file.replace(/\.gold\.json$/, "");
  const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { publishedAt: string };
  const { title, text } = parseArticleFile(readFileSync(join(goldDir, `${id}.txt`), "utf8"), `${id}.txt`);
  const extraction = extractArticle({ title, text, publishedAt: gold.publishedAt });
  writeFileSync(join(predDir, `${id}.pred.json`), JSON.stringify(toReport(extraction), null, 1));
}
process.stdout.write(execFileSync(process.execPath, [scorer, goldDir, predDir], { encoding: "utf8" }));
if (!values.keep) rmSync(predDir, { recursive: true, force: true });
