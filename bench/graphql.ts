import type { Db } from "../src/db/client.ts";
import type { Database } from "../src/db/database.ts";
import { createNewsgraphYoga } from "../src/server/yoga.ts";
import { type BenchQuery, benchQueries, type Target } from "./graphql-queries.ts";
import { type Load, loadChecked, type LoadOptions } from "./load.ts";
import { serveLocally } from "./serve.ts";

export interface QueryLoad extends Load {
  label: string;
}

/**
 * Serves `database` (already filled) over HTTP and loads each query in turn. Fails if a query's first answer is
 * wrong, or if any request under load errs, times out, is not 2xx or differs from that first answer.
 */
export async function benchGraphql(database: Database, options: LoadOptions): Promise<QueryLoad[]> {
  const target = await busiestSpeaker(database.primary);
  const yoga = await createNewsgraphYoga({ database, logging: false });
  const server = await serveLocally(yoga);
  try {
    const loads: QueryLoad[] = [];
    for (const query of benchQueries) loads.push(await load(server.url, query, target, options));
    return loads;
  } finally {
    await server.close();
    // Its LISTEN connection would otherwise keep reopening, and the process alive, once the database is dropped.
    await yoga.dispose();
  }
}

async function load(url: string, query: BenchQuery, target: Target, options: LoadOptions): Promise<QueryLoad> {
  const body = JSON.stringify({ query: query.query, variables: query.variables(target) });
  const headers = { "content-type": "application/json" };
  const response = await fetch(url, { method: "POST", headers, body });
  const expected = await response.text();
  const { data, errors } = JSON.parse(expected);
  if (!response.ok || errors || !query.answers(data, target)) {
    throw new Error(`"${query.label}" answered ${response.status} with a wrong body:\n${expected.slice(0, 2_000)}`);
  }
  return { label: query.label, ...(await loadChecked(query.label, url, body, expected, options)) };
}

/** The person with the most statements: queries about them return full pages. */
async function busiestSpeaker(db: Db): Promise<Target> {
  const [top] = await db.statement.groupBy({ by: ["speakerId"], _count: { _all: true }, orderBy: { _count: { speakerId: "desc" } }, take: 1 });
  const person = top && (await db.person.findUniqueOrThrow({ where: { id: top.speakerId } }));
  if (!person?.countryCode) throw new Error("The database holds no statement by a person with a country: ingest the corpus first");
  return { name: person.name, country: person.countryCode.toLowerCase() };
}
