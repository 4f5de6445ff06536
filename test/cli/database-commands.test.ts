import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, it } from "vitest";
import { useTestDbs } from "../helpers/db.ts";
import { TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { postGraphql, repo, runCli, startServing } from "./run-cli.ts";

const freshDb = useTestDbs();
/** A database of its own for each test, empty (not even migrated), dropped after the suite. */
const databaseEnv = async () => ({ DATABASE_URL: (await freshDb({ template: null })).url });

const personQuery = /* GraphQL */ `
  {
    person(name: "xi jinping") {
      name
      country { code }
      statements(first: 10) { totalCount edges { node { text kind article { title publishedAt } } } }
    }
  }
`;

// Each test has a database of its own: run them side by side. Each runs the CLI once or twice, and
// each run loads the extractor's lexicons: on a busy two-core machine that took over 25 s.
const cliTimeout = { timeout: 90_000 };

describe.concurrent("newsgraph seed", cliTimeout, () => {
  it("migrates and seeds a new database, then finds everything stored on a second run", async ({ expect }) => {
    const env = await databaseEnv();

    const first = await runCli(["seed"], { env });
    const second = await runCli(["seed"], { env });

    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Database postgresql:\/\/postgres@127\.0\.0\.1:\d+\/newsgraph_test_\w+ is migrated$/m);
    expect(first.stdout).toMatch(/^Countries: 249 loaded$/m);
    expect(first.stdout).toMatch(
      /^000_c44577c07f96a5bc\.txt: stored "Xi, Putin begin talks at Kremlin with Ukraine on agenda" \(\d+ people, \d+ statements, \d+ events, \d+ countries\)$/m,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Countries: already loaded$/m);
    expect(second.stdout).toMatch(/^000_c44577c07f96a5bc\.txt: already stored "Xi, Putin begin talks/m);
  });

  it("names the setting at fault when DATABASE_URL is not a PostgreSQL URL", async ({ expect }) => {
    const { code, stderr } = await runCli(["seed"], { env: { DATABASE_URL: "file:./data/newsgraph.db" } });

    expect(code).toBe(1);
    expect(stderr).toBe(
      "newsgraph: Invalid configuration: DATABASE_URL: must be a PostgreSQL URL such as postgresql://user:password@host:5432/newsgraph\n",
    );
  });
});

describe.concurrent("newsgraph ingest", cliTimeout, () => {
  it("stores an article with its URL once, and says so when it comes again", async ({ expect }) => {
    const env = await databaseEnv();
    const file = join(repo, "..", "shared", "eval", "dev", "wh-biden-stoltenberg-2023.txt");
    const args = ["ingest", file, "--date", "2023-06-13", "--url", "https://example.org/readout", "--source", "The White House"];

    const first = await runCli(args, { env });
    const second = await runCli(args, { env });

    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(
      /^ingested .*wh-biden-stoltenberg-2023\.txt: Readout of President Biden's Meeting with NATO Secretary General Jens Stoltenberg \(2 people, \d+ statements, \d+ events, \d+ countries\)$/m,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^unchanged .*wh-biden-stoltenberg-2023\.txt: Readout of President Biden's Meeting .*$/m);
    expect(second.stdout).toMatch(/^Summary: 0 ingested, 1 unchanged, 0 failed$/m);
  });
});

describe.concurrent("newsgraph serve", cliTimeout, () => {
  it("seeds an empty database, serves GraphQL and stops cleanly on SIGTERM", async ({ expect }) => {
    const server = await startServing(await databaseEnv());
    try {
      const { data, errors } = await postGraphql(server.endpoint, personQuery);

      expect(server.printed).toMatch(/^000_c44577c07f96a5bc\.txt: stored /m);
      expect(errors).toBeUndefined();
      expect(data?.person).toMatchObject({ name: "Xi Jinping", country: { code: "CN" } });
      expect(data?.person.statements.totalCount).toBeGreaterThan(0);
    } finally {
      server.child.kill("SIGTERM");
    }
    const { code, stderr } = await server.exited;
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("on SIGTERM lets the request under way finish, ends the subscriptions and exits cleanly", async ({ expect }) => {
    const server = await startServing({ ...(await databaseEnv()), NEWSGRAPH_WRITE_TOKEN: TEST_WRITE_TOKEN });
    const subscription = new URLSearchParams({ query: "subscription { statementAdded { text } }" });
    const stream = await fetch(`${server.endpoint}?${subscription}`, { headers: { accept: "text/event-stream" } });
    const streamEnded = stream.text();
    // Long enough that its extraction is still running when the signal comes.
    const text = Array.from({ length: 2_000 }, (_, day) => `"We will talk again," Scholz said in Warsaw on day ${day}.`).join("\n\n");
    const ingest = postGraphql(
      server.endpoint,
      "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }",
      { input: { title: "Scholz in Warsaw, day after day", text, publishedAt: "2024-04-10" } },
      { authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    );
    await sleep(300);
    server.child.kill("SIGTERM");

    expect(await ingest).toEqual({ data: { ingestArticle: { created: true } } });
    await streamEnded;
    const { code, stderr } = await server.exited;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    await expect(fetch(server.endpoint)).rejects.toThrow();
  });
});
