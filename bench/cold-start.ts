import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, openEmbeddedCluster } from "../src/db/embedded-cluster.ts";
import { withClient } from "../src/db/pg-client.ts";

// Cold start: from `node bin/newsgraph.js serve` to the first answer of GraphiQL's default query, on an
// existing embedded database holding the seed plus `articles` generated ones; then the serving
// process's RSS after a few queries. The floor is node itself: a bare node:http server started the
// same way, to its first answer.

const repo = join(import.meta.dirname, "..");
const firstQuery = JSON.stringify({ query: `{ person(name: "Xi Jinping") { name statements(first: 10) { totalCount edges { node { text article { title } } } } } }` });
const warmQueries = [
  firstQuery,
  JSON.stringify({ query: `{ search(query: "Putin", first: 20) { __typename ... on Article { title } } }` }),
  JSON.stringify({ query: `{ articles(first: 100) { totalCount edges { node { title people(first: 5) { edges { node { name } } } } } } }` }),
];

export interface ColdStart {
  /** Median milliseconds from spawn to first answer. */
  floorMs: number;
  /** With the embedded PostgreSQL already running (another Newsgraph process holds it). */
  runningMs: number;
  /** With the embedded PostgreSQL stopped: the start includes starting it. */
  stoppedMs: number;
  /** The serving process's resident set after the warm-up queries, in MB. */
  servingRssMb: number;
  articles: number;
}

export async function benchColdStart({ articles, runs }: { articles: number; runs: number }): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-cold-"));
  chmodSync(dir, 0o755);
  // The embedded default: no DATABASE_URL.
  const { DATABASE_URL: _url, ...inherited } = process.env;
  const env = { ...inherited, NEWSGRAPH_DATA_DIR: join(dir, "postgres"), CHECKPOINT_DISABLE: "1" };
  try {
    await exited(spawn(process.execPath, [join(repo, "bin", "newsgraph.js"), "seed"], { cwd: repo, env, stdio: "ignore" }), "newsgraph seed");
    const cluster = await openEmbeddedCluster(env.NEWSGRAPH_DATA_DIR);
    await addArticles(cluster.url("newsgraph"), articles);

    const floorMs = median(await repeat(runs, () => timeToFirstAnswer([`-e`, floorServer], {})));
    let servingRssMb = 0;
    const runningMs = median(
      await repeat(runs, () =>
        timeToFirstAnswer([join(repo, "bin", "newsgraph.js"), "serve"], env, async (child, url) => {
          for (let round = 0; round < 20; round++) for (const body of warmQueries) await answer(url, body);
          servingRssMb = Math.max(servingRssMb, rssMb(child.pid!));
        }),
      ),
    );
    await cluster.release();
    const stoppedMs = median(await repeat(runs, () => timeToFirstAnswer([join(repo, "bin", "newsgraph.js"), "serve"], env)));
    return { floorMs, runningMs, stoppedMs, servingRssMb, articles };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const floorServer = `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => s.end('{"data":{}}')); }).listen(Number(process.env.PORT), "127.0.0.1")`;

/** Generated articles, a person mention each, written in one statement (the search triggers index them). */
async function addArticles(url: string, count: number): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO "Article" ("contentHash", "title", "text", "publishedAt")
       SELECT 'cold-' || n, 'Generated article ' || n, repeat('Words of a generated article about trade and talks. ', 40), TIMESTAMP '2020-01-01' + n * INTERVAL '1 minute'
       FROM generate_series(1, $1::int) AS n`,
      [count],
    );
    await client.query(`ANALYZE`);
  });
}

async function timeToFirstAnswer(args: string[], env: NodeJS.ProcessEnv, then?: (child: ChildProcess, url: string) => Promise<void>): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: repo, env: { ...env, PORT: String(port) }, stdio: "ignore" });
  const done = exited(child, args.join(" "), true);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode} before answering`);
      if (await answer(url, firstQuery).catch(() => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const elapsed = performance.now() - started;
    await then?.(child, url);
    return elapsed;
  } finally {
    child.kill("SIGTERM");
    await done;
  }
}

async function answer(url: string, body: string): Promise<boolean> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`The server answered errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return response.ok && json.data !== undefined;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

async function exited(child: ChildProcess, what: string, killed = false): Promise<void> {
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  if (!killed && code !== 0) throw new Error(`${what} exited with ${code ?? signal}`);
}

async function repeat<T>(times: number, step: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await step());
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const COLD_START_TARGET_MS = 1_500;
const SERVING_RSS_TARGET_MB = 200;

/** The cold-start figures, each start as a ratio to the floor's, with the targets. */
export function formatColdStart(cold: ColdStart): string {
  const ratio = (ms: number) => `${(ms / cold.floorMs).toFixed(1)} × floor`;
  const check = (pass: boolean) => (pass ? "PASS" : "MISS");
  return [
    `cold start: spawn to the first answer of a nested query, median of the runs; embedded database with the seed and ${cold.articles.toLocaleString("en")} generated articles`,
    `  floor (a bare node:http server)          ${cold.floorMs.toFixed(0).padStart(6)} ms`,
    `  Newsgraph, PostgreSQL already running    ${cold.runningMs.toFixed(0).padStart(6)} ms  ${ratio(cold.runningMs)}`,
    `  Newsgraph, PostgreSQL stopped            ${cold.stoppedMs.toFixed(0).padStart(6)} ms  ${ratio(cold.stoppedMs)}`,
    `  serving RSS after 60 warm-up queries     ${cold.servingRssMb.toFixed(0).padStart(6)} MB`,
    `${check(cold.runningMs <= COLD_START_TARGET_MS)}  cold start ≤ ${COLD_START_TARGET_MS} ms on an existing database: ${cold.runningMs.toFixed(0)} ms (server running), ${cold.stoppedMs.toFixed(0)} ms (server stopped)`,
    `${check(cold.servingRssMb <= SERVING_RSS_TARGET_MB)}  serving RSS ≤ ${SERVING_RSS_TARGET_MB} MB with ${cold.articles.toLocaleString("en")} articles stored: ${cold.servingRssMb.toFixed(0)} MB`,
  ].join("\n");
}
