import { createCountingDb } from "../../src/db/counting-db.ts";
import { databaseOn, singleDatabase } from "../../src/db/database.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { serveLocally } from "../serve.ts";
import { countedPool, type CountedPool, type SqlCount } from "./counted-pool.ts";
import { floorAnswer } from "./floor-server.ts";
import { type Answer, answerOverHttp } from "./http-answer.ts";
import { naiveAnswer } from "./naive-server.ts";

/** One of the servers compared, listening on the benchmark's database. */
export interface Contender {
  name: string;
  /** Its /graphql URL. */
  url: string;
  /** The SQL statements one request runs and the rows they return, on a warm, otherwise idle server. */
  countOne(body: string): Promise<SqlCount>;
  close(): Promise<void>;
}

/** POSTs `body` to `url`: the response text; fails on a status other than 200. */
export async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 2_000)}`);
  return text;
}

/** The floor, the naive server and Newsgraph on the database at `url`, each with a pool of its own. */
export async function startContenders(url: string): Promise<Contender[]> {
  return [await pgServer("floor", url, floorAnswer), await pgServer("naive", url, naiveAnswer), await newsgraph(url)];
}

async function pgServer(name: string, url: string, answer: (pool: CountedPool) => (body: string) => Promise<Answer>): Promise<Contender> {
  const pool = countedPool(url);
  const server = await serveLocally(answerOverHttp(answer(pool)));
  return {
    name,
    url: server.url,
    async countOne(body) {
      await post(server.url, body);
      const before = { ...pool.count };
      await post(server.url, body);
      return { statements: pool.count.statements - before.statements, rows: pool.count.rows - before.rows };
    },
    async close() {
      await server.close();
      await pool.end();
    },
  };
}

/** The real server, as `newsgraph serve` runs it: yoga over `databaseOn(url)` with its default pool. */
async function newsgraph(url: string): Promise<Contender> {
  const database = databaseOn(url);
  const yoga = await createNewsgraphYoga({ database, logging: false });
  const server = await serveLocally(yoga);
  return {
    name: "Newsgraph",
    url: server.url,
    async countOne(body) {
      // Counted on a second instance whose Prisma client logs at the driver adapter, so that the one under
      // load runs exactly as it does in production.
      const { db, sql } = createCountingDb(url);
      const counting = await createNewsgraphYoga({ database: singleDatabase(db, url), logging: false });
      const request = () => counting.fetch("http://newsgraph/graphql", { method: "POST", headers: { "content-type": "application/json" }, body });
      try {
        await request();
        sql.clear();
        const response = await request();
        if (response.status !== 200) throw new Error(`Newsgraph answered ${response.status}: ${(await response.text()).slice(0, 2_000)}`);
        return { statements: sql.statements.length, rows: sql.rows };
      } finally {
        await counting.dispose();
        await db.$disconnect();
      }
    },
    async close() {
      await server.close();
      await yoga.dispose();
      await database.close();
    },
  };
}
