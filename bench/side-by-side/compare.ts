import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { withClient } from "../../src/db/pg-client.ts";
import { createTempDb } from "../../src/db/temp-db.ts";
import { type Load, loadChecked, type LoadOptions } from "../load.ts";
import { contenders, post, type Served } from "./contenders.ts";
import type { SqlCount } from "./counted-pool.ts";
import { fillReadSet, type ReadSet } from "./data.ts";
import { type ReadPage, readRequest } from "./read-query.ts";
import { rowsReadSoFar } from "./rows-read.ts";

export interface ReadScenario {
  name: string;
  set: ReadSet;
  page: ReadPage;
}

/** Many people with a few statements each; then a few people with very many, where latency should stay flat. */
export const readScenarios: readonly ReadScenario[] = [
  { name: "nested", set: { people: 1_000, statementsEach: 20 }, page: { people: 20, statements: 5 } },
  { name: "skewed", set: { people: 10, statementsEach: 10_000 }, page: { people: 10, statements: 10 } },
];

// Seconds of load before each measurement, unmeasured: connections open, plans cached, JIT compiled.
export const WARM_UP_SECONDS = 2;

/**
 * Seconds a request may take before it is given up on and counted as timed out: autocannon's 10 s, or half the
 * run if shorter, so that the first requests that slow time out before the run ends (not dropped unseen).
 */
export const requestTimeout = ({ duration }: LoadOptions) => Math.min(10, duration / 2);

export interface ContenderResult {
  name: string;
  load: Load;
  /** One request's SQL statements and the rows they returned. */
  sql: SqlCount;
  /** Rows PostgreSQL read for that request (rowsReadSoFar). */
  rowsRead: number;
}

export interface ScenarioResult {
  scenario: ReadScenario;
  fillSeconds: number;
  /** The size of Newsgraph's answer. */
  bytes: number;
  /** Whether the floor's and the naive server's answers are Newsgraph's byte for byte (else equal as JSON). */
  identicalBytes: boolean;
  contenders: ContenderResult[];
}

/**
 * For each scenario: a fresh database on `serverUrl`'s server filled with its set, the floor, the naive server
 * and Newsgraph on it; their answers checked equal; then each loaded in turn, alone. Fails if an answer
 * differs or is not a full page, or if any request under load fails or differs from its server's first answer;
 * requests slower than `requestTimeout` are counted, not failed.
 */
export async function benchReads(serverUrl: string, options: LoadOptions): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of readScenarios) {
    const temp = await createTempDb(serverUrl, { prefix: "newsgraph_bench_reads" });
    try {
      const start = performance.now();
      await fillReadSet(temp.url, scenario.set);
      const fillSeconds = (performance.now() - start) / 1000;
      // Counted first, while nothing else runs on the database; then served.
      const counts = await countEach(temp.url, readRequest(scenario.page));
      const served: Served[] = [];
      try {
        for (const contender of contenders) served.push(await contender.serve(temp.url));
        results.push({ scenario, fillSeconds, ...(await compare(scenario, served, counts, options)) });
      } finally {
        for (const server of served) await server.close();
      }
    } finally {
      await temp.dispose();
    }
  }
  return results;
}

/** Each contender's SQL statements, rows returned and rows read for one request, in `contenders`' order. */
async function countEach(url: string, body: string): Promise<{ sql: SqlCount; rowsRead: number }[]> {
  return withClient(url, async (client) => {
    const counts: { sql: SqlCount; rowsRead: number }[] = [];
    for (const contender of contenders) {
      const before = await rowsReadSoFar(client);
      const sql = await contender.countOne(url, body);
      counts.push({ sql, rowsRead: (await rowsReadSoFar(client)) - before });
    }
    return counts;
  });
}

async function compare(scenario: ReadScenario, served: readonly Served[], counts: readonly { sql: SqlCount; rowsRead: number }[], options: LoadOptions) {
  const body = readRequest(scenario.page);
  const answers: string[] = [];
  for (const server of served) answers.push(await post(server.url, body));
  const reference = answers[contenders.findIndex(({ name }) => name === "Newsgraph")]!;
  checkFullPage(scenario, reference);
  let identicalBytes = true;
  answers.forEach((answer, index) => {
    if (answer === reference) return;
    if (!isDeepStrictEqual(JSON.parse(answer), JSON.parse(reference))) {
      throw new Error(`${scenario.name}: ${contenders[index]!.name} answered other than Newsgraph:\n${answer.slice(0, 1_000)}\nNewsgraph:\n${reference.slice(0, 1_000)}`);
    }
    identicalBytes = false;
  });
  const results: ContenderResult[] = [];
  for (const [index, { name }] of contenders.entries()) {
    const label = `${scenario.name}, ${name}`;
    const [url, expected] = [served[index]!.url, answers[index]!];
    const tolerance = { timeoutSeconds: requestTimeout(options) };
    await loadChecked(`${label} (warm-up)`, url, body, expected, { ...options, duration: WARM_UP_SECONDS }, tolerance);
    results.push({ name, ...counts[index]!, load: await loadChecked(label, url, body, expected, options, tolerance) });
  }
  return { bytes: Buffer.byteLength(reference), identicalBytes, contenders: results };
}

/** Fails unless `answer` has a full page of people, each with a full page of statements: a real answer to compare. */
function checkFullPage({ name, set, page }: ReadScenario, answer: string): void {
  const { data, errors } = JSON.parse(answer);
  const people: { node: { statements: { edges: unknown[] } } }[] = data?.people?.edges ?? [];
  const full =
    people.length === Math.min(page.people, set.people) &&
    people.every(({ node }) => node.statements.edges.length === Math.min(page.statements, set.statementsEach));
  if (errors || !full) throw new Error(`${name}: Newsgraph's answer is not a full page:\n${answer.slice(0, 2_000)}`);
}
