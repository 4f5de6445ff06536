import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import type { Db } from "../src/db/client.ts";
import type { Database } from "../src/db/database.ts";
import { createNewsgraphYoga } from "../src/server/yoga.ts";
import { type BenchQuery, benchQueries, type Target } from "./graphql-queries.ts";

export interface LoadOptions {
  /** Seconds of load per query. */
  duration: number;
  connections: number;
}

export interface QueryLoad {
  label: string;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Serves `database` (already filled) over HTTP and loads each query in turn. Fails if a query's first answer is
 * wrong, or if any request under load errs, times out, is not 2xx or differs from that first answer.
 */
export async function benchGraphql(database: Database, options: LoadOptions): Promise<QueryLoad[]> {
  const target = await busiestSpeaker(database.primary);
  const server = createServer(await createNewsgraphYoga({ database, logging: false }));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const loads: QueryLoad[] = [];
    for (const query of benchQueries) loads.push(await load(url, query, target, options));
    return loads;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

async function load(url: string, query: BenchQuery, target: Target, { duration, connections }: LoadOptions): Promise<QueryLoad> {
  const body = JSON.stringify({ query: query.query, variables: query.variables(target) });
  const headers = { "content-type": "application/json" };
  const response = await fetch(url, { method: "POST", headers, body });
  const expected = await response.text();
  const { data, errors } = JSON.parse(expected);
  if (!response.ok || errors || !query.answers(data, target)) {
    throw new Error(`"${query.label}" answered ${response.status} with a wrong body:\n${expected.slice(0, 2_000)}`);
  }
  // A worker thread sends the load, so the server keeps the main thread's event loop to itself.
  const result = await autocannon({ url, method: "POST", headers, body, duration, connections, workers: 1, expectBody: expected });
  const failed = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches };
  if (Object.values(failed).some((count) => count > 0)) {
    throw new Error(`"${query.label}" failed under load: ${JSON.stringify(failed)}`);
  }
  return { label: query.label, requests: result.requests.total, perSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** The person with the most statements: queries about them return full pages. */
async function busiestSpeaker(db: Db): Promise<Target> {
  const [top] = await db.statement.groupBy({ by: ["speakerId"], _count: { _all: true }, orderBy: { _count: { speakerId: "desc" } }, take: 1 });
  const person = top && (await db.person.findUniqueOrThrow({ where: { id: top.speakerId } }));
  if (!person?.countryCode) throw new Error("The database holds no statement by a person with a country: ingest the corpus first");
  return { name: person.name, country: person.countryCode.toLowerCase() };
}
