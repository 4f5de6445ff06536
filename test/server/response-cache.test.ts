import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "../../src/db/client.ts";
import { hashSHA256 } from "@graphql-yoga/plugin-apq";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { reprocessArticles } from "../../src/ingest/reprocess.ts";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, globalId, type GraphqlHarness, TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { railTalks } from "../helpers/live-articles.ts";

let harness: GraphqlHarness & { filled: Awaited<ReturnType<typeof insertFixtures>> };
/** Another process's connection: what it stores reaches the server only through NOTIFY. */
let elsewhere: Db;
beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures, { responseCache: true });
  elsewhere = createDb(harness.url);
});
afterAll(async () => {
  await elsewhere.$disconnect();
  await harness.dispose();
});

const articles = /* GraphQL */ `query Articles { articles(first: 50) { totalCount edges { node { title } } } }`;
const titles = async (headers: Record<string, string> = {}) => {
  const body = await (await harness.post(articles, undefined, headers)).json();
  return body.data.articles.edges.map(({ node }: { node: { title: string } }) => node.title) as string[];
};
/** Renames an article behind the server's back: no mutation, no notification. */
const renameQuietly = (from: string, to: string) => harness.db.article.updateMany({ where: { title: from }, data: { title: to } });

describe("response cache", () => {
  it("serves an anonymous query's answer again without asking the database", async () => {
    const [first] = await titles();
    await renameQuietly(first!, `${first} (renamed quietly)`);
    harness.sql.clear();

    expect(await titles()).toContain(first);
    expect(harness.sql.statements).toEqual([]);
    await renameQuietly(`${first} (renamed quietly)`, first!);
  });

  it("answers 304 Not Modified to a client that holds the cached answer's ETag", async () => {
    const first = await harness.post(articles);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();

    const again = await harness.post(articles, undefined, { "if-none-match": etag! });
    expect(again.status).toBe(304);
  });

  it("neither serves nor keeps answers for requests that carry a token", async () => {
    await titles();
    const [first] = await titles();
    await renameQuietly(first!, `${first} (seen by writers)`);

    expect(await titles({ authorization: `Bearer ${TEST_WRITE_TOKEN}` })).toContain(`${first} (seen by writers)`);
    await renameQuietly(`${first} (seen by writers)`, first!);
  });

  it("answers afresh once another process has ingested an article", async () => {
    await titles();

    await ingestArticle(elsewhere, railTalks);

    // The NOTIFY arrives on the server's listening connection shortly after the commit.
    await vi.waitFor(async () => expect(await titles()).toContain(railTalks.title), { timeout: 10_000, interval: 50 });
  });

  it("answers afresh once another process has reprocessed the articles", async () => {
    const [first] = await titles();
    await renameQuietly(first!, `${first} (renamed before reprocessing)`);
    expect(await titles()).toContain(first);

    await reprocessArticles(elsewhere);

    await vi.waitFor(async () => expect(await titles()).toContain(`${first} (renamed before reprocessing)`), { timeout: 10_000, interval: 50 });
    await renameQuietly(`${first} (renamed before reprocessing)`, first!);
  });

  it("answers afresh right after a curation mutation on this server", async () => {
    const before = await titles();
    const articleId = Object.values(harness.filled.articles)[0]!;
    const title = (await harness.db.article.findUniqueOrThrow({ where: { id: articleId } })).title;
    expect(before).toContain(title);

    const deleted = await harness.write(`mutation ($id: ID!) { deleteArticle(id: $id) { title } }`, { id: globalId("Article", articleId) });

    expect(deleted.errors).toBeUndefined();
    expect(await titles()).not.toContain(title);
  });
});

describe("automatic persisted queries", () => {
  const query = "query Count { countries { totalCount } }";
  const persisted = async (sha256Hash: string, withQuery: boolean) => {
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const response = await harness.yoga.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ ...(withQuery && { query }), extensions }),
    });
    return { status: response.status, body: await response.json() };
  };

  it("asks for an unknown hash's query, keeps it once sent, then runs it by hash alone", async () => {
    const hash = await hashSHA256(query);

    const unknown = await persisted(hash, false);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });

    const registered = await persisted(hash, true);
    expect(registered).toMatchObject({ status: 200, body: { data: { countries: { totalCount: expect.any(Number) } } } });

    expect(await persisted(hash, false)).toEqual(registered);
  });

  it("refuses a query whose hash does not match it", async () => {
    const mismatch = await persisted("0".repeat(64), true);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_MISMATCH");
  });
});
