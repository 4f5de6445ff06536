import { execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, databaseOn } from "../../src/db/database.ts";
import { type EmbeddedCluster, openEmbeddedCluster } from "../../src/db/embedded-cluster.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createDatabaseIfMissing, withClient } from "../../src/db/pg-client.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { railTalks } from "../helpers/live-articles.ts";

// A primary and a streaming standby on loopback, from the bundled server binaries alone (they
// ship no pg_basebackup): the standby starts as a copy of the cleanly stopped primary's folder.
const root = mkdtempSync(join(tmpdir(), "newsgraph-replicas-"));
// As root the servers run as the `postgres` user, which must reach their folders.
chmodSync(root, 0o755);
const primaryDir = join(root, "primary");
const standbyDir = join(root, "standby");
let primary: EmbeddedCluster | undefined;
let standby: EmbeddedCluster | undefined;
let database: Database;
let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;

const onStandby = (sql: string) => withClient(standby!.url("newsgraph"), async (client) => (await client.query(sql)).rows);

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: any; errors?: unknown };
}

const articleCount = async () => (await graphql("{ articles { totalCount } }")).data.articles.totalCount as number;

beforeAll(async () => {
  primary = await openEmbeddedCluster(primaryDir);
  await migrate(await createDatabaseIfMissing(primary.url("postgres"), "newsgraph"));
  await primary.stop();
  execFileSync("cp", ["-a", primaryDir, standbyDir]);

  primary = await openEmbeddedCluster(primaryDir);
  const password = readFileSync(join(primaryDir, "newsgraph-password"), "utf8").trim();
  writeFileSync(join(standbyDir, "standby.signal"), "");
  appendFileSync(
    join(standbyDir, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres password=${password}'\n`,
  );
  standby = await openEmbeddedCluster(standbyDir);

  database = databaseOn(primary.url("newsgraph"), [standby.url("newsgraph")]);
  yoga = await createNewsgraphYoga({ database, logging: false, writeToken: TEST_WRITE_TOKEN });
}, 120_000);

afterAll(async () => {
  await yoga?.dispose();
  await database?.close();
  await standby?.stop();
  await primary?.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

describe("DATABASE_REPLICA_URLS", () => {
  it("serves the standby to queries, in recovery, and the primary to mutations", async () => {
    expect(await onStandby("SELECT pg_is_in_recovery() AS standby")).toEqual([{ standby: true }]);
    const before = await articleCount();

    await onStandby("SELECT pg_wal_replay_pause()");
    const { data, errors } = await graphql(
      /* GraphQL */ `mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input) { created article { title statements { totalCount } } }
      }`,
      { input: railTalks },
    );

    expect(errors).toBeUndefined();
    // The payload is read inside the mutation, from the primary that has just stored it.
    expect(data.ingestArticle).toEqual({ created: true, article: { title: railTalks.title, statements: { totalCount: 3 } } });
    // A query reads the standby, whose replay is paused: the article is not there yet.
    expect(await articleCount()).toBe(before);

    await onStandby("SELECT pg_wal_replay_resume()");
    for (let waited = 0; waited < 10_000 && (await articleCount()) === before; waited += 100) await sleep(100);
    expect(await articleCount()).toBe(before + 1);
  });
});
