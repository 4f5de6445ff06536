import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/db/client.ts";
import { databaseUrlOn, withClient } from "../../src/db/pg-client.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

let harness: GraphqlHarness;
const server = inject("databaseServerUrl");
// A database without tables, which is not what the schema expects.
const emptyDatabase = `newsgraph_empty_${process.pid}`;

const admin = (sql: string) => withClient(server, (client) => client.query(sql));

beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures);
  await admin(`CREATE DATABASE "${emptyDatabase}"`);
});
afterAll(async () => {
  await harness.dispose();
  await admin(`DROP DATABASE "${emptyDatabase}" WITH (FORCE)`);
});

/** A yoga instance whose queries go to the database at `url`. */
async function withBrokenDb<T>(url: string, run: (yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>) => Promise<T>) {
  const db = createDb(url);
  // Notifications still come from the harness's database: the server must start to be asked.
  const yoga = await createNewsgraphYoga({ database: { primary: db, reader: () => db, url: harness.url, close: async () => {} }, logging: false });
  try {
    return await run(yoga);
  } finally {
    await yoga.dispose();
    await db.$disconnect();
  }
}

describe("GET /health", () => {
  it("answers ok when the database answers", async () => {
    const response = await harness.yoga.fetch("http://yoga/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database cannot be opened", async () => {
    // Port 1 on loopback: nothing listens there.
    const response = await withBrokenDb("postgresql://postgres@127.0.0.1:1/newsgraph", async (yoga) =>
      yoga.fetch("http://yoga/health"),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", reason: "database unreachable" });
  });
});

describe("GraphiQL", () => {
  it("is served on /graphql to browsers, self-contained, with the statements-by-person example", async () => {
    const response = await harness.yoga.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("<title>Newsgraph</title>");
    expect(page).toContain('person(name: \\"Xi Jinping\\")');
    expect(page).toContain("YogaGraphiQL.renderYogaGraphiQL");
    expect(page).not.toMatch(/https:\/\/unpkg|cdn\.jsdelivr/);
    // GraphiQL's code is inlined (megabytes), not fetched.
    expect(page.length).toBeGreaterThan(1_000_000);
  });
});

describe("errors", () => {
  it("masks unexpected errors", async () => {
    // A database without tables: Prisma's error names tables and SQL that clients must not see.
    const body = await withBrokenDb(databaseUrlOn(server, emptyDatabase), async (yoga) => {
      const response = await yoga.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ countries { totalCount } }" }),
      });
      return response.text();
    });
    expect(JSON.parse(body).errors).toEqual([
      expect.objectContaining({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }),
    ]);
    expect(body).not.toMatch(/Country|no such table|prisma/i);
  });

  it("shows the message of a mistake in the request", async () => {
    const { errors } = await harness.query(/* GraphQL */ `{ person { name } }`);
    expect(errors).toEqual([
      expect.objectContaining({
        message: "Give exactly one of `id` or `name`.",
        path: ["person"],
        extensions: { code: "BAD_USER_INPUT" },
      }),
    ]);
  });
});
