import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { EventSource } from "eventsource";
import { afterAll, describe, inject, it } from "vitest";
import { postGraphql, repo, runCli, startServing } from "./run-cli.ts";

// Without DATABASE_URL every command uses the embedded PostgreSQL server on NEWSGRAPH_DATA_DIR:
// here a folder per test, as two checkouts would each have their own.
const root = mkdtempSync(join(tmpdir(), "newsgraph-embedded-"));
// As root the server runs as the `postgres` user, which must reach its folder.
chmodSync(root, 0o755);
const dataDirs: string[] = [];

function embeddedEnv(name: string): { NEWSGRAPH_DATA_DIR: string } {
  const dir = join(root, name, "postgres");
  dataDirs.push(dir);
  return { NEWSGRAPH_DATA_DIR: dir };
}

/** The pid and port of the server running on `dataDir` (its postmaster.pid), or undefined. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const file = join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return { pid, port: Number(lines[3]) };
}

async function stopped(dataDir: string): Promise<boolean> {
  for (let waited = 0; waited < 10_000 && runningServer(dataDir); waited += 100) await sleep(100);
  return runningServer(dataDir) === undefined;
}

afterAll(async () => {
  // A test that failed halfway may leave a server running: stop it (SIGINT is a fast shutdown).
  for (const dir of dataDirs) {
    const server = runningServer(dir);
    if (server) process.kill(server.pid, "SIGINT");
    await stopped(dir);
  }
  rmSync(root, { recursive: true, force: true });
});

const statementAdded = /* GraphQL */ `subscription { statementAdded { text article { title } } }`;

/** Collects the article titles of every statement a statementAdded stream sends; resolves once it is open. */
function listen(endpoint: string): Promise<{ titles: string[]; close(): void }> {
  const source = new EventSource(`${endpoint}?${new URLSearchParams({ query: statementAdded })}`);
  const titles: string[] = [];
  source.addEventListener("next", (event) => titles.push(JSON.parse(event.data).data.statementAdded.article.title));
  return new Promise((resolve, reject) => {
    source.onopen = () => resolve({ titles, close: () => source.close() });
    source.onerror = (error) => reject(error);
  });
}

const devFeed = join(repo, "..", "shared", "eval", "dev.jsonl");
describe("the embedded database", { timeout: 120_000 }, () => {
  it("is started by serve, used by an ingest run beside it, whose statements reach the server's subscribers, and stopped with the server", async ({
    expect,
  }) => {
    const env = embeddedEnv("serve-and-ingest");
    const server = await startServing(env);
    try {
      const cluster = runningServer(env.NEWSGRAPH_DATA_DIR);
      expect(cluster).toBeDefined();
      const subscriber = await listen(server.endpoint);

      const ingest = await runCli(["ingest", devFeed], { env });

      expect(ingest.stderr).toBe("");
      expect(ingest.code).toBe(0);
      // The seed article is one of the nine: stored already, it is not announced again.
      expect(ingest.stdout).toMatch(/^Summary: 8 ingested, 1 unchanged, 0 failed$/m);
      // The ingest found the server's cluster instead of starting another, and left it running.
      expect(runningServer(env.NEWSGRAPH_DATA_DIR)).toEqual(cluster);
      const stored = [...ingest.stdout.matchAll(/^ingested .*: (.*) \(\d+ people, (\d+) statements/gm)];
      const statements = stored.reduce((sum, [, , count]) => sum + Number(count), 0);
      expect(statements).toBeGreaterThan(0);
      for (let waited = 0; waited < 10_000 && subscriber.titles.length < statements; waited += 100) await sleep(100);
      expect(subscriber.titles).toHaveLength(statements);
      expect(new Set(subscriber.titles)).toEqual(new Set(stored.filter(([, , count]) => count !== "0").map(([, title]) => title)));
      subscriber.close();
    } finally {
      server.child.kill("SIGTERM");
    }
    const { code, stderr } = await server.exited;
    expect([code, stderr]).toEqual([0, ""]);
    expect(await stopped(env.NEWSGRAPH_DATA_DIR)).toBe(true);
  });

  it("serves two data folders at once, each on a port of its own", async ({ expect }) => {
    const [first, second] = await Promise.all([startServing(embeddedEnv("checkout-a")), startServing(embeddedEnv("checkout-b"))]);
    try {
      const ports = dataDirs.slice(-2).map((dir) => runningServer(dir)?.port);
      expect(new Set(ports).size).toBe(2);
      for (const server of [first, second]) {
        expect((await postGraphql(server.endpoint, "{ articles { totalCount } }")).data).toEqual({ articles: { totalCount: 1 } });
      }
    } finally {
      first.child.kill("SIGTERM");
      second.child.kill("SIGTERM");
    }
    expect((await first.exited).code).toBe(0);
    expect((await second.exited).code).toBe(0);
  });

  it("starts again after the server was killed, and after PostgreSQL itself was killed", async ({ expect }) => {
    const env = embeddedEnv("crashes");
    const server = await startServing(env);
    server.child.kill("SIGKILL");
    await server.exited;

    // The cluster outlived its starter: the next command uses it, and stops it as the last one out.
    const afterServerCrash = await runCli(["seed"], { env });
    expect(afterServerCrash.stderr).toBe("");
    expect(afterServerCrash.stdout).toMatch(/already stored/);
    expect(await stopped(env.NEWSGRAPH_DATA_DIR)).toBe(true);

    const again = await startServing(env);
    process.kill(runningServer(env.NEWSGRAPH_DATA_DIR)!.pid, "SIGKILL");
    again.child.kill("SIGKILL");
    await again.exited;

    const afterDatabaseCrash = await runCli(["seed"], { env });
    expect(afterDatabaseCrash.stderr).toBe("");
    expect(afterDatabaseCrash.code).toBe(0);
    expect(afterDatabaseCrash.stdout).toMatch(/already stored/);
  });

  it.for<[string, (dir: string) => void, RegExp]>([
    [
      "a cluster of another PostgreSQL version",
      (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "PG_VERSION"), "15\n");
        writeFileSync(join(dir, "newsgraph-password"), "secret\n");
      },
      /^newsgraph: .*holds a PostgreSQL 15 cluster, and Newsgraph embeds PostgreSQL 17: .*$/,
    ],
    [
      "a folder of other files",
      (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "notes.txt"), "not a database\n");
      },
      /^newsgraph: .* is not empty and holds no PostgreSQL cluster: move its files away or set NEWSGRAPH_DATA_DIR$/,
    ],
  ])("refuses %s in one line", async ([name, prepare, message], { expect }) => {
    const env = embeddedEnv(name.replace(/\W+/g, "-"));
    prepare(env.NEWSGRAPH_DATA_DIR);

    const { code, stderr } = await runCli(["seed"], { env });

    expect(code).toBe(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe("an existing server (DATABASE_URL)", () => {
  const server = new URL(inject("databaseServerUrl"));

  it.for<[string, (url: URL) => void, RegExp]>([
    ["a wrong password", (url) => (url.password = "wrong"), /^newsgraph: PostgreSQL refused the password for postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres: check the user and password in DATABASE_URL$/],
    ["a port nothing listens on", (url) => (url.port = "1"), /^newsgraph: No PostgreSQL server answers at postgresql:\/\/postgres@127\.0\.0\.1:1\/postgres: start it, or check the host and port$/],
    ["a database that does not exist", (url) => (url.pathname = "/newsgraph_missing"), /^newsgraph: The database of postgresql:\/\/postgres@127\.0\.0\.1:\d+\/newsgraph_missing does not exist: create it \(CREATE DATABASE\) or fix DATABASE_URL$/],
  ])("is refused in one line, without the password, given %s", async ([, spoil, message], { expect }) => {
    const url = new URL(server);
    spoil(url);

    const { code, stderr } = await runCli(["seed"], { env: { DATABASE_URL: url.toString() } });

    expect(code).toBe(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toContain(server.password);
  });
});
