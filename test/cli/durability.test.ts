import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { extractArticle } from "../../src/extraction/index.ts";
import { TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { useTestDbs } from "../helpers/db.ts";
import { collect, postGraphql, repo, runCli, startCli, startServing } from "./run-cli.ts";

// Crashes and races against one database on the test server (DATABASE_URL): the embedded
// server's own crashes are in embedded-database.test.ts.
const testDb = useTestDbs();
const dir = mkdtempSync(join(tmpdir(), "newsgraph-durability-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FeedArticle {
  title: string;
  text: string;
  publishedAt: string;
  url: string;
}

// The dev articles, each under `copies` titles of its own: distinct articles, most sharing their people.
const dev = readFileSync(join(repo, "..", "shared", "eval", "dev.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as FeedArticle);
const articles = (tag: string, count: number): FeedArticle[] =>
  Array.from({ length: count }, (_, i) => {
    const { title, text, publishedAt } = dev[i % dev.length]!;
    return { title: `${title} (${tag} ${i})`, text, publishedAt, url: `https://example.org/${tag}/${i}` };
  });
const writeFeed = (name: string, feed: FeedArticle[]) => {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, feed.map((article) => JSON.stringify(article)).join("\n"));
  return file;
};

/**
 * Every stored article holds all the statements extracted from it (a partial write would hold
 * fewer), and no article or person is stored twice.
 */
async function expectWholeAndUnique(db: Db, expectedTitles: string[]): Promise<void> {
  const stored = await db.article.findMany({ select: { title: true, text: true, publishedAt: true, _count: { select: { statements: true } } } });
  for (const article of stored) {
    const extraction = extractArticle({ title: article.title, text: article.text, publishedAt: article.publishedAt.toISOString().slice(0, 10) });
    expect(article._count.statements, article.title).toBe(extraction.statements.length);
  }
  const titles = stored.map((article) => article.title);
  expect(new Set(titles).size).toBe(titles.length);
  expect(titles).toEqual(expect.arrayContaining(expectedTitles));
  const people = await db.person.groupBy({ by: ["normalizedName"], _count: true });
  expect(people.filter((person) => person._count > 1)).toEqual([]);
}

const ingestMutation = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { title } } }
`;
const write = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

describe("durability", { timeout: 240_000 }, () => {
  it("stores every article exactly once when `newsgraph ingest` is killed midway and run again", async () => {
    const { db, url } = await testDb();
    // Several of the batches the command writes in one transaction each, so that the kill lands between two.
    const feed = articles("feed", 150);
    const file = writeFeed("killed-ingest", feed);

    const child = startCli(["ingest", file], { DATABASE_URL: url });
    const run = collect(child);
    let printed = "";
    await new Promise<void>((resolve) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        printed += chunk.toString();
        if ((printed.match(/^ingested /gm) ?? []).length >= 2) resolve();
      });
    });
    child.kill("SIGKILL");
    await run;
    expect(await db.article.count()).toBeLessThan(feed.length);

    const rerun = await runCli(["ingest", file], { env: { DATABASE_URL: url } });
    expect(rerun.stderr).toBe("");
    expect(rerun.code).toBe(0);
    expect(await db.article.count()).toBe(feed.length);
    await expectWholeAndUnique(db, feed.map((article) => article.title));
  });

  it("leaves nothing partial when the server is killed during ingestArticle calls", async () => {
    const { db, url } = await testDb();
    const env = { DATABASE_URL: url, NEWSGRAPH_WRITE_TOKEN: TEST_WRITE_TOKEN };
    const feed = articles("killed-server", 8);
    const server = await startServing(env);
    const calls = feed.map((input) => postGraphql(server.endpoint, ingestMutation, { input }, write).catch(() => undefined));
    await Promise.race(calls);
    server.child.kill("SIGKILL");
    await Promise.all([server.exited, ...calls]);
    await expectWholeAndUnique(db, []);

    // After a restart, sending them all again stores each of the rest once.
    const again = await startServing(env);
    try {
      const results = await Promise.all(feed.map((input) => postGraphql(again.endpoint, ingestMutation, { input }, write)));
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
    await expectWholeAndUnique(db, feed.map((article) => article.title));
  });

  it("stores 16 concurrent ingestArticle calls and a CLI ingest beside them without duplicates or deadlocks", async () => {
    const { db, url } = await testDb();
    const env = { DATABASE_URL: url, NEWSGRAPH_WRITE_TOKEN: TEST_WRITE_TOKEN };
    const different = articles("concurrent", 8);
    const same = different[0]!;
    const server = await startServing(env);
    try {
      const cli = runCli(["ingest", writeFeed("beside", [same, ...different.slice(1, 5)])], { env: { DATABASE_URL: url } });
      const calls = [...Array.from({ length: 8 }, () => same), ...different].map((input) =>
        postGraphql(server.endpoint, ingestMutation, { input }, write),
      );
      const results = await Promise.all(calls);
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
      const { code, stderr } = await cli;
      expect(stderr).toBe("");
      expect(code).toBe(0);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    expect(await db.article.count({ where: { url: { startsWith: "https://example.org/concurrent/" } } })).toBe(different.length);
    await expectWholeAndUnique(db, different.map((article) => article.title));
  });
});
