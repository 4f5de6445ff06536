import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../src/ingest/seed.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { collect, repo } from "../cli/run-cli.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { singleDatabase } from "../helpers/graphql.ts";

let testDb: TestDb;
let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;
let server: Server;
let endpoint: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await seed(testDb.db);
  yoga = await createNewsgraphYoga({ database: singleDatabase(testDb.db, testDb.url), logging: false });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await yoga.dispose();
  await testDb.dispose();
});

/** `npm run example -- ARGS`, as the README shows it, against the test's server. */
const example = (...args: string[]) =>
  collect(spawn("npm", ["run", "--silent", "example", "--", ...args], { cwd: repo, env: { ...process.env, NEWSGRAPH_URL: endpoint } }));

describe("npm run example", () => {
  it("prints Xi Jinping and each of his statements with its article's title and date, page after page", async () => {
    const xi = await testDb.db.person.findUniqueOrThrow({
      where: { normalizedName: "xi jinping" },
      include: { statements: { include: { article: true } } },
    });
    expect(xi.statements.length).toBeGreaterThan(2);

    // Two to a page: the client must follow `after` to list them all.
    const run = await example("Xi Jinping", "--page-size", "2");

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [heading, ...rest] = run.stdout.trimEnd().split("\n");
    expect(heading).toBe(`Xi Jinping, ${xi.role ? `${xi.role} of ` : ""}China: ${xi.statements.length} statements`);
    for (const statement of xi.statements) {
      const at = rest.findIndex((line) => line.endsWith(` ${statement.text}`));
      expect(at, statement.text).toBeGreaterThanOrEqual(0);
      expect(rest[at + 1]).toContain(`in "${statement.article.title}", 2023-03-22`);
    }
    // The same listing as in one page.
    expect((await example("Xi Jinping")).stdout).toBe(run.stdout);
  });

  it("says so, and fails, when nobody has that name", async () => {
    const run = await example("Zzyzx Qwvb");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No person named "Zzyzx Qwvb"');
  });
});
