import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "../../src/search/search-query.ts";
import { postgresSearch } from "../../src/search/postgres-search.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { type FixtureIds, insertFixtures } from "../helpers/fixtures.ts";

let testDb: TestDb;
let ids: FixtureIds;

beforeAll(async () => {
  testDb = await createTestDb();
  ids = await insertFixtures(testDb.db);
});
afterAll(() => testDb.dispose());

const search = (text: string, limit = 100) => postgresSearch(testDb.db).search(parseSearchQuery(text), limit);
const keys = async (text: string) => (await search(text)).map(({ kind, id }) => `${kind}:${id}`);

describe("postgresSearch", () => {
  it("finds a person by a word of their name, once, though their name and an alias both match", async () => {
    const hits = await search("Lula");
    expect(hits.filter((hit) => hit.kind === "person")).toEqual([
      { kind: "person", id: ids.people.lula, score: expect.any(Number) },
    ]);
  });

  it.each([
    ["Lula da Silva"], // as written
    ["lula da silva"], // lower case
    ["LULA DA SILVA"], // upper case
    ["Lúla dá Sílva"], // accents the stored text does not have
  ])("gives the same hits for %j", async (text) => {
    expect(await keys(text)).toEqual(await keys("Lula da Silva"));
  });

  it("finds stored accents from a query without them", async () => {
    expect(await keys("Antonio Guterres")).toContain(`person:${ids.people.guterres}`);
  });

  it("finds a name from its first letters", async () => {
    expect(await keys("Zelen")).toContain(`person:${ids.people.zelensky}`);
  });

  it("needs every word: a name and a word its texts never hold find nothing", async () => {
    expect(await keys("Macron Kremlin")).toEqual([]);
  });

  it.each([
    ['Xi "Putin', "xi putin"], // an unbalanced quote
    ["NEAR(Xi Putin, 3)", "near xi putin 3"], // a NEAR group
    ["Xi AND Putin OR", "xi and putin or"], // operators, one dangling
    ["title:Xi", "title xi"], // a column filter
    ["Xi*", "xi"], // a star of the user's own
    ["-Putin", "putin"], // a negation
    ["Xi & !Putin", "xi putin"], // tsquery's and, not
    ["Xi <-> Putin", "xi putin"], // tsquery's followed-by
    ["Xi:* | Putin:A", "xi putin a"], // tsquery's prefix, or, weight
  ])("runs %j as the plain words %j instead of as query syntax", async (text, words) => {
    expect(await keys(text)).toEqual(await keys(words));
  });

  it("finds an article holding the operator word itself", async () => {
    expect(await keys("Xi AND Putin")).toContain(`article:${ids.articles.a1}`);
  });

  it.each([
    ["Zelenskiy", "zelensky"], // another transliteration
    ["Guteres", "guterres"], // a letter left out
    ["Zelnsky", "zelensky"], // another left out, mid-word
  ])("finds a person from a misspelt name: %j finds %s", async (text, person) => {
    expect(await keys(text)).toContain(`person:${ids.people[person as keyof FixtureIds["people"]]}`);
  });

  it("ranks a misspelt name's person after every exact match", async () => {
    const hits = await search("Zelenskiy");
    expect(hits.every((hit) => hit.score <= 0)).toBe(true);
    const exact = await search("Zelensky");
    expect(exact.find((hit) => hit.kind === "person")!.score).toBeGreaterThan(0);
  });

  it("ranks the best hits first and stops at the limit", async () => {
    const all = await search("Xi");
    const scores = all.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.length).toBeGreaterThan(3);
    expect(await search("Xi", 3)).toEqual(all.slice(0, 3));
  });

  it("ranks an article with the words in its headline above one that mentions them in passing", async () => {
    const articles = (await search("Zelensky")).filter((hit) => hit.kind === "article").map((hit) => hit.id);
    // a5's headline names him; a6 mentions him in its last sentence.
    expect(articles).toEqual([ids.articles.a5, ids.articles.a6]);
  });
});
