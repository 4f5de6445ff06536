import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle, toReport, type Extraction } from "../src/extraction/index.ts";
import { parseArticleFile } from "../src/ingest/article-file.ts";
import { calibrate, judge, reliabilityTable, type Judged } from "../eval/fact-matching.ts";

// Extracts every article of the evaluation sets and prints the scorer's table for each set, then the
// summary line of their union (every article of every set, averaged alike) and a reliability table:
// confidence bucket → share of facts that are right, and how many.
//   npm run eval                               (../shared/eval/dev and ../shared/eval/dev2, and their union)
//   npm run eval -- --gold eval/heldout        (one set: our own articles, annotated by the same rules)
//   npm run eval -- --calibrate                (also rewrites src/extraction/lexicons/rule-confidence.ts)
//   npm run eval -- --gold DIR --keep OUT --scorer FILE
const { values } = parseArgs({
  options: {
    gold: { type: "string", multiple: true, default: ["../shared/eval/dev", "../shared/eval/dev2"] },
    keep: { type: "string" },
    scorer: { type: "string", default: "../shared/eval/score.mjs" },
    calibrate: { type: "boolean", default: false },
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

/** The facts of an extraction with the rule and confidence of each, in the shape the matcher reads. */
const judged: Judged[] = [];
function judgeAgainst(gold: Parameters<typeof judge>[0], extraction: Extraction) {
  const scored = <T extends { provenance: { confidence: number; extractor: string } }>(fact: T) => ({ ...fact, ...fact.provenance });
  judged.push(
    ...judge(gold, {
      people: extraction.people.map(scored),
      countries: extraction.countries.map((country) => country.code),
      countryRules: extraction.countries.map((country) => country.provenance),
      statements: extraction.statements.map(scored),
      events: extraction.events.map(scored),
    }),
  );
}

for (const goldDir of goldDirs) {
  const predDir = join(outDir, basename(goldDir));
  mkdirSync(predDir, { recursive: true });
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith(".gold.json"))) {
    const id = file.replace(/\.gold\.json$/, "");
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8"));
    const { title, text } = parseArticleFile(readFileSync(join(goldDir, `${id}.txt`), "utf8"), `${id}.txt`);
    const extraction = extractArticle({ title, text, publishedAt: gold.publishedAt });
    const report = JSON.stringify(toReport(extraction), null, 1);
    writeFileSync(join(predDir, `${id}.pred.json`), report);
    writeFileSync(join(unionPred, `${id}.pred.json`), report);
    symlinkSync(join(goldDir, file), join(unionGold, file));
    judgeAgainst(gold, extraction);
  }
  process.stdout.write(`== ${basename(goldDir)}\n${score(goldDir, predDir)}`);
}
if (goldDirs.length > 1) {
  const lines = score(unionGold, unionPred).trimEnd().split("\n");
  process.stdout.write(`== union (${goldDirs.map((dir) => basename(dir)).join(" + ")}, ${lines.length - 2} articles)\n${lines.at(-1)}\n`);
}
process.stdout.write(`== reliability (${goldDirs.map((dir) => basename(dir)).join(" + ")})\n${reliabilityTable(judged)}`);
if (values.calibrate) {
  const table = calibrate(judged);
  const path = resolve("src/extraction/lexicons/rule-confidence.ts");
  const header = readFileSync(path, "utf8").split("\n").filter((line) => line.startsWith("//")).join("\n");
  const entries = Object.entries(table).map(([rule, confidence]) => `  "${rule}": ${confidence},`);
  writeFileSync(path, `${header}\n\nexport const ruleConfidence: Readonly<Record<string, number>> = {\n${entries.join("\n")}\n};\n`);
  process.stdout.write(`calibrated ${entries.length} rules into ${path}\n`);
}
if (!values.keep) rmSync(outDir, { recursive: true, force: true });
