import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, databaseOn } from "../../src/db/database.ts";
import { serverLimits } from "../../src/server/limits.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { insertFixtures } from "../helpers/fixtures.ts";

// Short enough for a test, long enough that a query on this small world never reaches it unless held up.
const timeoutMs = 500;

let testDb: TestDb;
let database: Database;
let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;

beforeAll(async () => {
  testDb = await createTestDb();
  await insertFixtures(testDb.db);
  database = databaseOn(testDb.url, [], { writes: { poolSize: 1 }, reads: { poolSize: 2, timeoutMs } });
  yoga = await createNewsgraphYoga({ database, logging: false, limits: { ...serverLimits(), requestTimeoutMs: timeoutMs } });
});
afterAll(async () => {
  await yoga?.dispose();
  await database?.close();
  await testDb?.dispose();
});

const people = /* GraphQL */ `{ people { edges { node { name } } } }`;

async function query(source: string) {
  const response = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: source }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Backends of the test database waiting for a lock, other than `except`'s. */
async function waitingForLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return rows[0].n;
}

describe("the request deadline", () => {
  it("stops a query held up in the database, in the database too, and the next query runs", async () => {
    // A transaction holding the people's table: the query's SELECT waits on it, as it would behind a slow statement.
    const locker = new pg.Client({ connectionString: testDb.url });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "Person" IN ACCESS EXCLUSIVE MODE`);
      const { data, errors } = await query(people);
      expect(data ?? null).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          message: `The query ran longer than the ${timeoutMs} ms a request may take, and was stopped.`,
          extensions: { code: "REQUEST_TIMEOUT", limit: "requestTimeoutMs", max: timeoutMs },
        }),
      ]);
      // statement_timeout: PostgreSQL cancels the SELECT itself instead of leaving it queued behind the lock.
      await expect.poll(() => waitingForLocks(locker), { timeout: 10 * timeoutMs, interval: 50 }).toBe(0);
      await locker.query("ROLLBACK");
    } finally {
      await locker.end();
    }
    const { data, errors } = await query(people);
    expect(errors).toBeUndefined();
    expect(data.people.edges.length).toBeGreaterThan(0);
  });
});

describe("the pools", () => {
  it("answers queries and /health while a transaction holds every connection writes have", async () => {
    await database.primary.$transaction(async (tx) => {
      await tx.person.count();
      // The write pool has one connection, held here: a read through it would wait for this transaction.
      const { data, errors } = await query(people);
      expect(errors).toBeUndefined();
      expect(data.people.edges.length).toBeGreaterThan(0);
      expect((await yoga.fetch("http://yoga/health")).status).toBe(200);
    });
  });
});
