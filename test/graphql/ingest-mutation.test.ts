import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { createGraphqlHarness, type GraphqlHarness, singleDatabase, TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { defenceTalks, gridPledge, railTalks } from "../helpers/live-articles.ts";
import { countRows } from "../ingest/fixtures.ts";

const ingest = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      counts { people statements events countries }
      article {
        id title url source publishedAt
        statements { edges { node { text speaker { name country { code } } } } }
      }
    }
  }
`;

// Every test that must store nothing sends this article: new content, with quotes that would make rows.
const draft = { ...railTalks, title: "Rail talks, a draft that is never stored" };

let harness: GraphqlHarness;
beforeAll(async () => {
  harness = await createGraphqlHarness(async () => undefined);
});
afterAll(() => harness.dispose());

const localId = (globalId: string) => Number(decodeGlobalID(globalId).id);

describe("ingestArticle", () => {
  it("stores a new article with the facts extracted from it and counts what it stored", async () => {
    const { data, errors } = await harness.write(ingest, {
      input: { ...railTalks, url: "https://example.org/rail-talks", source: "  Example Wire " },
    });

    expect(errors).toBeUndefined();
    const { created, counts, article } = data.ingestArticle;
    expect(created).toBe(true);
    expect(article).toMatchObject({
      title: railTalks.title,
      url: "https://example.org/rail-talks",
      source: "Example Wire",
      publishedAt: railTalks.publishedAt,
    });
    expect(article.statements.edges.map(({ node }: any) => [node.speaker.name, node.speaker.country.code, node.text])).toEqual([
      ["Olaf Scholz", "DE", "Faster trains will bring our cities closer than any treaty could"],
      ["Donald Tusk", "PL", "We want a passenger to cross from Berlin to Warsaw in under four hours"],
      ["Olaf Scholz", "DE", "The money for the first section is already set aside"],
    ]);
    const where = { where: { articleId: localId(article.id) } };
    expect(counts).toEqual({
      people: await harness.db.personMention.count(where),
      statements: await harness.db.statement.count(where),
      events: await harness.db.eventMention.count(where),
      countries: await harness.db.countryMention.count(where),
    });
    expect(counts).toMatchObject({ people: 2, statements: 3, countries: 2 });
  });

  it.each([
    // the identical article again, this time without its URL
    ["the same content", { ...defenceTalks, url: "https://example.org/defence" }, defenceTalks],
    // the publisher corrected the text; the URL still names the stored article
    [
      "the same URL",
      { ...gridPledge, url: "https://example.org/grid" },
      { ...gridPledge, text: `${gridPledge.text}A correction was appended later.\n`, url: "https://example.org/grid" },
    ],
  ])("returns the stored article, writing nothing, when %s comes again", async (_case, first, again) => {
    const stored = await harness.write(ingest, { input: first });
    const before = await countRows(harness.db);

    const repeated = await harness.write(ingest, { input: again });

    expect(stored.data.ingestArticle.created).toBe(true);
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data.ingestArticle).toEqual({ ...stored.data.ingestArticle, created: false });
    expect(await countRows(harness.db)).toEqual(before);
  });

  it("rolls back every row when the database fails partway through", async () => {
    const article = { ...railTalks, title: "Rail talks, stored on the second try" };
    // The article is inserted before its facts; this makes the insert of its statements fail.
    await harness.db.$executeRawUnsafe(
      `CREATE FUNCTION fail_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await harness.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_statement BEFORE INSERT ON "Statement" FOR EACH ROW EXECUTE FUNCTION fail_statement()`,
    );
    const before = await countRows(harness.db);
    harness.sql.clear();
    try {
      const { data, errors } = await harness.write(ingest, { input: article });
      expect(data).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
    } finally {
      await harness.db.$executeRawUnsafe(`DROP TRIGGER fail_statement ON "Statement"`);
    }

    expect(harness.sql.statements.some((sql) => /INSERT INTO "Article"/.test(sql))).toBe(true);
    expect(await countRows(harness.db)).toEqual(before);
    // Nothing was left behind that would make the retry look like a repeat.
    const retry = await harness.write(ingest, { input: article });
    expect(retry.data.ingestArticle).toMatchObject({ created: true, counts: { statements: 3 } });
  });
});

describe("ingestArticle without write access", () => {
  const expectRefused = async (response: Response) => {
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining("NEWSGRAPH_WRITE_TOKEN"), extensions: { code: "UNAUTHENTICATED" } }),
    ]);
  };

  it.each([
    ["no Authorization header", {}],
    ["a wrong token", { authorization: "Bearer not-the-write-token-0000" }],
    ["the right token under another scheme", { authorization: `Basic ${TEST_WRITE_TOKEN}` }],
    ["the right token with a character more", { authorization: `Bearer ${TEST_WRITE_TOKEN}x` }],
  ])("is refused with 401 and changes nothing given %s", async (_case, headers: Record<string, string>) => {
    const before = await countRows(harness.db);
    await expectRefused(await harness.post(ingest, { input: draft }, headers));
    expect(await countRows(harness.db)).toEqual(before);
  });

  it("is refused by a server configured without a token, which still answers reads", async () => {
    const readOnly = await createNewsgraphYoga({ database: singleDatabase(harness.db, harness.url), logging: false });
    const send = (query: string, variables?: object) =>
      readOnly.fetch("http://yoga/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
    const before = await countRows(harness.db);

    await expectRefused(await send(ingest, { input: draft }));

    expect(await countRows(harness.db)).toEqual(before);
    const read = await (await send(/* GraphQL */ `{ articles { totalCount } }`)).json();
    expect(read).toEqual({ data: { articles: { totalCount: before.articles } } });
    await readOnly.dispose();
  });
});

describe("ingestArticle with bad input", () => {
  it.each([
    ["an empty text", { text: "" }, "text must not be empty"],
    ["a title of spaces and tabs", { title: " \t  " }, "title must not be empty"],
    // half a million characters, but two bytes each in UTF-8
    ["a text over the size limit", { text: "é".repeat(500_001) }, "text must be at most 1000000 bytes"],
    ["binary data", { text: `PK\u0003\u0004\u0014\u0000\u0008${draft.text}` }, "text contains binary control characters"],
    ["a day that does not exist", { publishedAt: "2023-02-29" }, 'Expected a date as YYYY-MM-DD, got "2023-02-29".'],
    ["a date in another format", { publishedAt: "10 April 2024" }, 'Expected a date as YYYY-MM-DD, got "10 April 2024".'],
    ["a URL that is not http(s)", { url: "ftp://example.org/rail" }, "url must be an http(s) URL"],
    ["a URL that is not a URL", { url: "rail talks in warsaw" }, "url must be an http(s) URL"],
  ])("refuses %s with a clear message and stores nothing", async (_case, change, message) => {
    const before = await countRows(harness.db);

    const { data, errors } = await harness.write(ingest, { input: { ...draft, ...change } });

    expect(data?.ingestArticle ?? null).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining(message), extensions: { code: "BAD_USER_INPUT" } })]);
    expect(await countRows(harness.db)).toEqual(before);
  });
});
