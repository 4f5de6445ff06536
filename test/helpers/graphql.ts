import { afterAll, beforeAll } from "vitest";
import { type FixtureIds, insertFixtures, insertSpeakers } from "./fixtures.ts";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Db } from "../../src/db/client.ts";
import { createCountingDb, type SqlLog } from "../../src/db/counting-db.ts";
import { singleDatabase } from "../../src/db/database.ts";
import { createNewsgraphYoga, type NewsgraphYogaOptions } from "../../src/server/yoga.ts";
import { createTestDb } from "./db.ts";

// Tests import them from here with the rest of the harness.
export { singleDatabase, type SqlLog };

export interface GraphqlResult<Data> {
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GraphqlHarness {
  db: Db;
  /** The database's connection URL. */
  url: string;
  sql: SqlLog;
  yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;
  /** POSTs one operation to /graphql and returns the parsed response body. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<Data>>;
  /** As `query`, with `Authorization: Bearer TEST_WRITE_TOKEN`: the way to run a mutation. */
  write<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<Data>>;
  /** POSTs one operation with the given headers and returns the raw response. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  dispose(): Promise<void>;
}

/** The write token every harness's server is configured with. */
export const TEST_WRITE_TOKEN = "test-write-token-0123456789";

/**
 * A fresh migrated database, filled by `fill`, behind a yoga instance (silent, no response cache,
 * unless `options` say otherwise); the SQL log starts empty.
 */
export async function createGraphqlHarness<Filled>(
  fill: (db: Db) => Promise<Filled>,
  options: Pick<NewsgraphYogaOptions, "logging" | "responseCache"> = {},
): Promise<GraphqlHarness & { filled: Filled }> {
  const testDb = await createTestDb();
  const { db, sql } = createCountingDb(testDb.url);
  const filled = await fill(db);
  const yoga = await createNewsgraphYoga({ database: singleDatabase(db, testDb.url), logging: false, writeToken: TEST_WRITE_TOKEN, ...options });
  sql.clear();
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    await yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
  return {
    db,
    url: testDb.url,
    sql,
    yoga,
    filled,
    post,
    async query(query, variables) {
      return (await post(query, variables)).json();
    },
    async write(query, variables) {
      return (await post(query, variables, { authorization: `Bearer ${TEST_WRITE_TOKEN}` })).json();
    },
    async dispose() {
      await yoga.dispose();
      await db.$disconnect();
      await testDb.dispose();
    },
  };
}

/**
 * The harness over the fixture world for one test file: built before its
 * tests, disposed after them. Read `world.harness` and `world.ids` inside tests.
 */
export function useFixtureWorld(): { harness: GraphqlHarness; ids: FixtureIds } {
  const world = {} as { harness: GraphqlHarness & { filled: FixtureIds }; ids: FixtureIds };
  beforeAll(async () => {
    world.harness = await createGraphqlHarness(insertFixtures);
    world.ids = world.harness.filled;
  });
  afterAll(() => world.harness.dispose());
  return world;
}

/**
 * Two harnesses for N+1 tests, built before a file's tests and disposed after them: `small` holds
 * 3 speakers and `large` 30, each with 5 statements; a query should run as many SQL statements on both.
 */
export function useSpeakerCrowds(): { small: GraphqlHarness; large: GraphqlHarness } {
  const crowds = {} as { small: GraphqlHarness; large: GraphqlHarness };
  beforeAll(async () => {
    [crowds.small, crowds.large] = await Promise.all([
      createGraphqlHarness((db) => insertSpeakers(db, { people: 3, statementsEach: 5 })),
      createGraphqlHarness((db) => insertSpeakers(db, { people: 30, statementsEach: 5 })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([crowds.small.dispose(), crowds.large.dispose()]);
  });
  return crowds;
}

/** Filter variables naming a fixture person by key under `arg` ({ speaker: "xi" }), with the key replaced by the person's global ID. */
export function withPersonId(ids: FixtureIds, variables: Record<string, string>, arg: string): Record<string, string | undefined> {
  const key = variables[arg] as keyof FixtureIds["people"] | undefined;
  return { ...variables, [arg]: key ? globalId("Person", ids.people[key]) : undefined };
}

/** The node ids of a connection's page, in order. */
export const nodeIds = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

/** The global ID a client sees for a database row: globalId("Person", 3). */
export function globalId(type: string, id: number | string): string {
  return encodeGlobalID(type, id);
}
