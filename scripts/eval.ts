import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle, toReport } from "../src/extraction/index.ts";
import { parseArticleFile } from "../src/ingest/article-file.ts";

// Extracts every article of the evaluation sets and prints the scorer's table for each set, then the
// summary line for their union (every article of every set, averaged alike).
//   npm run eval                               (../shared/eval/dev and ../shared/eval/dev2, and their union)
//   npm run eval -- --gold eval/heldout        (one set: our own articles, annotated by the same rules)
//   npm run eval -- --gold DIR --keep OUT --scorer FILE
const { values } = parseArgs({
  options: {
    gold: { type: "string", multiple: true, default: ["../shared/eval/dev", "../shared/eval/dev2"] },
    keep: { type: "string" },
    scorer: { type: "string", default: "../shared/eval/score.mjs" },
  },
});
const goldDirs = values.gold!.map((dir) => resolve(dir));
const scorer = resolve(values.scorer!);
const outDir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "newsgraph-eval-"));
const unionGold = join(outDir, "union-gold");
const unionPred = join(outDir, "union-pred");
rmSync(unionGold, { recursive: true, force: true });
mkdirSync(unionGold, { recursive: true });
mkdirSync(unionPred, { recursive: true });

const score = (goldDir: string, predDir: string) => execFileSync(process.execPath, [scorer, goldDir, predDir], { encoding: "utf8" });

for (const goldDir of goldDirs) {
  const predDir = join(outDir, basename(goldDir));
  mkdirSync(predDir, { recursive: true });
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith(".gold.json"))) {
    const id = file.replace(/\.gold\.json$/, "");
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { publishedAt: string };
    const { title, text } = parseArticleFile(readFileSync(join(goldDir, `${id}.txt`), "utf8"), `${id}.txt`);
    const report = JSON.stringify(toReport(extractArticle({ title, text, publishedAt: gold.publishedAt })), null, 1);
    writeFileSync(join(predDir, `${id}.pred.json`), report);
    writeFileSync(join(unionPred, `${id}.pred.json`), report);
    symlinkSync(join(goldDir, file), join(unionGold, file));
  }
  process.stdout.write(`== ${basename(goldDir)}\n${score(goldDir, predDir)}`);
}
if (goldDirs.length > 1) {
  const lines = score(unionGold, unionPred).trimEnd().split("\n");
  process.stdout.write(`== union (${goldDirs.map((dir) => basename(dir)).join(" + ")}, ${lines.length - 2} articles)\n${lines.at(-1)}\n`);
}
if (!values.keep) rmSync(outDir, { recursive: true, force: true });
