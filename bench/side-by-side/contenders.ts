import { createCountingDb } from "../../src/db/counting-db.ts";
import { singleDatabase } from "../../src/db/database.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { builtLibrary } from "../built.ts";
import { serveLocally } from "../serve.ts";
import { countedPool, type CountedPool, type SqlCount } from "./counted-pool.ts";
import { floorAnswer } from "./floor-server.ts";
import { type Answer, answerOverHttp } from "./http-answer.ts";
import { naiveAnswer } from "./naive-server.ts";

/** One of the servers compared. */
export interface Contender {
  name: string;
  /** Starts it on the database at `url`, listening on a loopback port. */
  serve(url: string): Promise<Served>;
  /**
   * Answers `body` once on an instance of its own, closed afterwards, and returns the SQL statements that one
   * request ran and the rows they returned. Closing ends its database sessions, which publishes their statistics.
   */
  countOne(url: string, body: string): Promise<SqlCount>;
}

export interface Served {
  /** Its /graphql URL. */
  url: string;
  close(): Promise<void>;
}

/** POSTs `body` to `url`: the response text; fails on a status other than 200. */
export async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 2_000)}`);
  return text;
}

/** Node-postgres servers: `answer` over a pool of their own. */
function pgServer(name: string, answer: (pool: CountedPool) => (body: string) => Promise<Answer>): Contender {
  return {
    name,
    async serve(url) {
      const pool = countedPool(url);
      const server = await serveLocally(answerOverHttp(answer(pool)));
      return {
        url: server.url,
        async close() {
          await server.close();
          await pool.end();
        },
      };
    },
    async countOne(url, body) {
      const pool = countedPool(url);
      try {
        const { status, body: answered } = await answer(pool)(body);
        if (status !== 200) throw new Error(`${name} answered ${status}: ${answered.slice(0, 2_000)}`);
        return { ...pool.count };
      } finally {
        await pool.end();
      }
    },
  };
}

/** The real server, as `newsgraph serve` runs it (without its response cache): yoga over `databaseOn(url)` with its default pool. */
const newsgraph: Contender = {
  name: "Newsgraph",
  async serve(url) {
    // The build's code, as `npm start` runs it (bench/built.ts).
    const { databaseOn, createNewsgraphYoga } = await builtLibrary();
    const database = databaseOn(url);
    const yoga = await createNewsgraphYoga({ database, logging: false });
    const server = await serveLocally(yoga);
    return {
      url: server.url,
      async close() {
        await server.close();
        await yoga.dispose();
        await database.close();
      },
    };
  },
  async countOne(url, body) {
    // Its Prisma client logs at the driver adapter; the served instance runs exactly as in production.
    const { db, sql } = createCountingDb(url);
    const yoga = await createNewsgraphYoga({ database: singleDatabase(db, url), logging: false });
    try {
      const response = await yoga.fetch("http://newsgraph/graphql", { method: "POST", headers: { "content-type": "application/json" }, body });
      if (response.status !== 200) throw new Error(`Newsgraph answered ${response.status}: ${(await response.text()).slice(0, 2_000)}`);
      return { statements: sql.statements.length, rows: sql.rows };
    } finally {
      await yoga.dispose();
      await db.$disconnect();
    }
  },
};

/** The floor, the naive server and Newsgraph, in the order they are measured. */
export const contenders: readonly Contender[] = [pgServer("floor", floorAnswer), pgServer("naive", naiveAnswer), newsgraph];
