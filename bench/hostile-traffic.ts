import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { databaseOn } from "../src/db/database.ts";
import { createTempDb, startTempServer } from "../src/db/temp-db.ts";
import { ingestArticle } from "../src/ingest/ingest-article.ts";
import { createNewsgraphYoga } from "../src/server/yoga.ts";
import { generateCorpus } from "./corpus.ts";

// npm run bench:limits: how fast hostile operations are refused, and whether /health and a normal
// query still answer within a second while four alias bombs are in flight (issue 10's targets).

const aliasBomb = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: people(first: 100) { edges { node { name statements(first: 100) { edges { node { text } } } } } }`).join(" ")} }`;
const hop = (inner: string) => `statements(first: 100) { edges { node { speaker { ${inner} } } } }`;
const costBomb = `{ people(first: 100) { edges { node { ${hop(hop("name"))} } } } }`;
const normalQuery = `{ people(first: 20) { edges { node { name statements(first: 5) { edges { node { text article { title } } } } } } } }`;

const server = await startTempServer("newsgraph-bench-");
const temp = await createTempDb(server.url, { prefix: "newsgraph_bench" });
const database = databaseOn(temp.url);
const http = createServer(await createNewsgraphYoga({ database, logging: false }));
try {
  for (const article of generateCorpus(100, 1)) await ingestArticle(temp.db, article);
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const timed = async (request: () => Promise<Response>) => {
    const start = performance.now();
    const response = await request();
    const body = await response.text();
    return { ms: performance.now() - start, ok: response.ok, body };
  };
  const post = (query: string) => () =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });

  const worst = async (label: string, request: () => Promise<Response>, expect: (body: string) => boolean, times = 10) => {
    let slowest = 0;
    for (let i = 0; i < times; i++) {
      const { ms, body } = await timed(request);
      if (!expect(body)) throw new Error(`${label}: unexpected answer ${body.slice(0, 300)}`);
      slowest = Math.max(slowest, ms);
    }
    console.log(`${label.padEnd(52)} slowest of ${times}: ${slowest.toFixed(1)} ms`);
    return slowest;
  };

  await timed(post(normalQuery)); // warm-up: the first request compiles what later ones reuse
  await worst("alias bomb (500 aliases of 100 × 100) refused", post(aliasBomb), (body) => body.includes("Token limit"));
  await worst("cost bomb (100 × 100 × 100) refused", post(costBomb), (body) => body.includes("OPERATION_LIMIT"));

  let bombing = true;
  const bombers = Array.from({ length: 4 }, async () => {
    while (bombing) await timed(post(aliasBomb));
  });
  const health = await worst("/health, four alias bombs in flight", () => fetch(`${base}/health`), (body) => body.includes('"ok"'));
  const normal = await worst("a normal query, four alias bombs in flight", post(normalQuery), (body) => body.includes('"people"'));
  bombing = false;
  await Promise.all(bombers);
  if (Math.max(health, normal) >= 1_000) throw new Error("A request took a second or more while the bombs were in flight");
} finally {
  http.closeAllConnections();
  http.close();
  await database.close();
  await temp.dispose();
  await server.stop();
}
