import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/ingest/article-file.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { parseSearchQuery } from "../../src/search/search-query.ts";
import { postgresSearch } from "../../src/search/postgres-search.ts";
import { createGraphqlHarness, type GraphqlHarness, globalId, useFixtureWorld, useSpeakerCrowds } from "../helpers/graphql.ts";

const world = useFixtureWorld();

const searchQuery = /* GraphQL */ `
  query ($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      __typename
      ... on Person { name aliases }
      ... on Statement { text speaker { name } }
      ... on Article { title }
      ... on Event { title place }
    }
  }
`;

async function search(query: string, first?: number | null) {
  const { data, errors } = await world.harness.query(searchQuery, { query, first });
  expect(errors).toBeUndefined();
  return data.search as Record<string, unknown>[];
}

describe("search", () => {
  it.each([
    ["Blinken", { __typename: "Person", name: "Antony Blinken", aliases: ["Blinken"] }], // a person by name
    ["partners not rivals", { __typename: "Statement", text: "China and the United States should be partners, not rivals", speaker: { name: "Xi Jinping" } }], // a statement, with its speaker
    ["Amazon plan", { __typename: "Article", title: "Macron and Lula unveil Amazon plan in Belém" }], // an article by its headline
    ["Burgenstock", { __typename: "Event", title: "Summit on Peace in Ukraine", place: "Bürgenstock" }], // an event by its place, accent left out
  ])("finds %j first as %j", async (query, expected) => {
    expect((await search(query))[0]).toEqual(expected);
  });

  it("finds a person by an alias that is not part of their name", async () => {
    expect(await search("Zelenskyy")).toEqual([{ __typename: "Person", name: "Volodymyr Zelensky", aliases: ["Zelensky", "Zelenskyy"] }]);
  });

  it("lists a person once when their name and several aliases match", async () => {
    const people = (await search("Lula da Silva")).filter((result) => result.__typename === "Person");
    expect(people).toEqual([{ __typename: "Person", name: "Luiz Inácio Lula da Silva", aliases: ["Lula", "Lula da Silva"] }]);
  });

  it("ranks the person first, and an article with the name in its headline above one that names them in passing", async () => {
    const zelensky = await search("Zelensky");
    const headlines = zelensky.filter((result) => result.__typename === "Article").map((result) => result.title);
    expect(zelensky[0]).toMatchObject({ __typename: "Person", name: "Volodymyr Zelensky" });
    expect(headlines).toEqual(["Zelensky hails Swiss peace summit", "Guterres urges ceasefire talks on Ukraine"]);
  });

  it("returns the nodes in the backend's ranking order, across kinds", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{ search(query: "Beijing", first: 100) { ... on Node { id } } }`);
    const hits = await postgresSearch(world.harness.db).search(parseSearchQuery("Beijing"), 100);
    const typeNames = { person: "Person", statement: "Statement", article: "Article", event: "Event" };
    expect(new Set(hits.map((hit) => hit.kind)).size).toBeGreaterThan(1);
    expect(data.search.map((node: { id: string }) => node.id)).toEqual(hits.map((hit) => globalId(typeNames[hit.kind], hit.id)));
  });

  it.each([
    [2, 2], // fewer than match
    [null, 8], // the default of 20, more than match
  ])("returns at most first: %j results (%j here)", async (first, count) => {
    expect(await search("Xi", first)).toHaveLength(count);
  });

  it("returns an empty list when nothing matches", async () => {
    expect(await search("Antarctica")).toEqual([]);
  });

  it.each([
    [{ query: "" }, "The search query is empty: give a word to look for."], // empty
    [{ query: "  \n " }, "The search query is empty: give a word to look for."], // whitespace only
    [{ query: "?!* ()" }, "The search query has no letters or digits to look for."], // punctuation and query syntax only
    [{ query: "Xi ".repeat(67) + "Xi" }, "A search query holds at most 200 characters; this one has 203."], // too long
    [{ query: "Xi", first: 0 }, "`first` must be between 1 and 100; 0 was asked for."], // no results asked for
    [{ query: "Xi", first: -3 }, "`first` must be between 1 and 100; -3 was asked for."], // a negative count
    [{ query: "Xi", first: 101 }, "`first` must be between 1 and 100; 101 was asked for."], // over the page maximum
  ])("refuses %j", async (variables, message) => {
    const { data, errors } = await world.harness.query(searchQuery, variables);
    expect(data).toBeNull();
    expect(errors?.map((error) => [error.message, error.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });
});

describe("search loads its results without N+1 queries", () => {
  const crowds = useSpeakerCrowds();

  const nested = /* GraphQL */ `
    {
      search(query: "speaker", first: 100) {
        __typename
        ... on Person { name country { name } statements(first: 2) { totalCount edges { node { text } } } }
        ... on Statement { text speaker { name } article { title } event { title } }
        ... on Article { title people(first: 2) { edges { node { name } } } }
        ... on Event { title participants(first: 2) { edges { node { name } } } }
      }
    }
  `;

  async function run(harness: GraphqlHarness) {
    harness.sql.clear();
    const { data, errors } = await harness.query(nested);
    expect(errors).toBeUndefined();
    return { kinds: new Set(data.search.map((result: { __typename: string }) => result.__typename)), count: data.search.length, statements: harness.sql.statements.length };
  }

  it("runs as many SQL statements for 100 results as for 24", async () => {
    const [few, many] = [await run(crowds.small), await run(crowds.large)];
    expect([few.count, many.count]).toEqual([24, 100]);
    expect(few.kinds).toEqual(new Set(["Person", "Statement", "Article", "Event"]));
    expect(many.kinds).toEqual(few.kinds);
    expect(many.statements).toBe(few.statements);
  });
});

describe("search over the dev articles, stored by the real extractor", () => {
  const devDir = join(import.meta.dirname, "..", "..", "..", "shared", "eval", "dev");
  let harness: GraphqlHarness;

  beforeAll(async () => {
    harness = await createGraphqlHarness(async (db) => {
      for (const gold of readdirSync(devDir).filter((name) => name.endsWith(".gold.json"))) {
        const { publishedAt } = JSON.parse(readFileSync(join(devDir, gold), "utf8")) as { publishedAt: string };
        const txt = gold.replace(/\.gold\.json$/, ".txt");
        await ingestArticle(db, { ...parseArticleFile(readFileSync(join(devDir, txt), "utf8"), txt), publishedAt });
      }
    });
  });
  afterAll(() => harness.dispose());

  it("answers Kishida with the Japanese prime minister first, and the readout of his meeting among the results", async () => {
    const { data, errors } = await harness.query(searchQuery, { query: "Kishida" });
    expect(errors).toBeUndefined();
    expect(data.search[0]).toMatchObject({ __typename: "Person", name: expect.stringMatching(/Kishida/) });
    expect(data.search).toContainEqual({
      __typename: "Article",
      title: "Meeting between Prime Minister Kishida and President von der Leyen of the European Commission",
    });
  });
});
