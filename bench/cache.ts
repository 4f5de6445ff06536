import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import type { Database } from "../src/db/database.ts";
import { createNewsgraphYoga } from "../src/server/yoga.ts";
import type { Row } from "./print-table.ts";

// GraphiQL's default query for the person with the most statements: what a reader asks most.
const query = /* GraphQL */ `
  query StatementsByPerson($name: String!) {
    person(name: $name) {
      name role country { name }
      statements(first: 10) { totalCount edges { node { text kind date article { title publishedAt } event { title } } } }
    }
  }`;

/**
 * The same query under the same load, served without and then with the response cache (as
 * `newsgraph serve` runs it): two rows, never averaged together. Every answer must equal the first.
 */
export async function benchCache(database: Database, { duration, connections }: { duration: number; connections: number }): Promise<Row[]> {
  const [top] = await database.primary.statement.groupBy({ by: ["speakerId"], _count: { _all: true }, orderBy: { _count: { speakerId: "desc" } }, take: 1 });
  if (!top) throw new Error("The database holds no statement: ingest the corpus first");
  const { name } = await database.primary.person.findUniqueOrThrow({ where: { id: top.speakerId } });
  const body = JSON.stringify({ query, variables: { name } });
  const rows: Row[] = [];
  for (const responseCache of [false, true]) {
    const yoga = await createNewsgraphYoga({ database, logging: false, responseCache });
    const server = createServer(yoga);
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      const headers = { "content-type": "application/json" };
      const first = await fetch(url, { method: "POST", headers, body });
      const expected = await first.text();
      if (!first.ok || !expected.includes(`"name":${JSON.stringify(name)}`)) throw new Error(`The query answered ${first.status}: ${expected.slice(0, 500)}`);
      const result = await autocannon({ url, method: "POST", headers, body, duration, connections, workers: 1, expectBody: expected });
      const failed = { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches };
      if (Object.values(failed).some((count) => count > 0)) throw new Error(`Failed under load: ${JSON.stringify(failed)}`);
      const what = `person → statements(10), response cache ${responseCache ? "on (hits)" : "off"}`;
      rows.push({ what, perSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 });
    } finally {
      server.closeAllConnections();
      server.close();
      // Its listener for other processes' ingests holds a connection of its own until then.
      await yoga.dispose();
    }
  }
  return rows;
}
