import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFixtures, insertSpeakers } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

let world: GraphqlHarness;
let crowd: GraphqlHarness;

beforeAll(async () => {
  [world, crowd] = await Promise.all([
    createGraphqlHarness(insertFixtures),
    createGraphqlHarness((db) => insertSpeakers(db, { people: 25, statementsEach: 25 })),
  ]);
});
afterAll(async () => {
  await Promise.all([world.dispose(), crowd.dispose()]);
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: Record<string, string> }[];
}

/** Follows `after` from page to page; `path` leads from `data` to the connection. */
async function pages(harness: GraphqlHarness, query: string, path: string[], label: string) {
  const seen: { labels: string[]; page: Page }[] = [];
  let after: string | null = null;
  do {
    const { data, errors } = await harness.query(query, { after });
    expect(errors).toBeUndefined();
    const page = path.reduce((value, key) => value[key], data) as Page;
    seen.push({ labels: page.edges.map((edge) => edge.node[label]!), page });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && seen.length < 10);
  return seen;
}

const pageFields = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor";

describe("paging forward with first and after", () => {
  it.each([
    [
      "countries by name", // cursors on the country code
      `query ($after: String) { countries(first: 3, after: $after) { ${pageFields} node { name } } } }`,
      ["countries"],
      "name",
      [["Brazil", "China", "France"], ["Ivory Coast", "Russia", "Switzerland"], ["Ukraine", "United States"]],
    ],
    [
      "events with the undated one last", // the cursor crosses from dated to undated rows
      `query ($after: String) { events(first: 5, after: $after) { ${pageFields} node { title } } } }`,
      ["events"],
      "title",
      [
        ["Summit on Peace in Ukraine", "talks between Xi Jinping and Vladimir Putin in Beijing", "meeting between Antony Blinken and Xi Jinping in Beijing", "Emmanuel Macron's visit to Brazil", "Lula's state visit to China"],
        ["phone call between Xi Jinping and Volodymyr Zelensky"],
      ],
    ],
    [
      "a person's statements", // a related connection
      `query ($after: String) { person(name: "Xi") { statements(first: 2, after: $after) { ${pageFields} node { text } } } } }`,
      ["person", "statements"],
      "text",
      [["China and Russia will open a new era of partnership", "China and the United States should be partners, not rivals"], ["China was ready to work with Brazil"]],
    ],
    [
      "a person's articles", // through a join table, ordered by a column of the joined table
      `query ($after: String) { person(name: "Xi") { articles(first: 3, after: $after) { ${pageFields} node { publishedAt } } } } }`,
      ["person", "articles"],
      "publishedAt",
      [["2024-06-16", "2024-05-16", "2024-04-26"], ["2023-04-14"]],
    ],
  ])("pages through %s", async (_name, query, path, label, expected) => {
    const seen = await pages(world, query, path, label);
    expect(seen.map(({ labels }) => labels)).toEqual(expected);
    const total = expected.flat().length;
    seen.forEach(({ page }, index) => {
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasNextPage).toBe(index < expected.length - 1);
      expect(page.pageInfo.hasPreviousPage).toBe(index > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    });
  });

  // Nested lists, read whole, then one item at a time forwards (first/after) and backwards (last/before):
  // keys of every kind (dates with an undated item last, booleans, names, ids) must cross pages exactly.
  it.each([
    ["a person's events, the undated one last", `person(name: "Xi") { events(ARGS) { PAGE node { title } } } }`, ["person", "events"]],
    ["an article's people, title first", `article(url: "https://news.example/2024/04/26/blinken-xi") { people(ARGS) { PAGE node { name } } } }`, ["article", "people"]],
    ["an event's participants, by name", `events(first: 1, type: TALKS) { edges { node { participants(ARGS) { PAGE node { name } } } } } }`, ["events", "edges", "0", "node", "participants"]],
    ["a person's statements, newest first", `person(name: "Xi") { statements(ARGS) { PAGE node { text } } } }`, ["person", "statements"]],
  ])("pages through %s one by one, both ways", async (_name, template, path) => {
    const read = async (args: string) => {
      const { data, errors } = await world.query(`{ ${template.replace("ARGS", args).replace("PAGE", "pageInfo { hasNextPage hasPreviousPage } edges { cursor")} }`);
      expect(errors).toBeUndefined();
      return path.reduce((value, key) => value[key], data) as Page;
    };
    const label = (page: Page) => page.edges.map((edge) => Object.values(edge.node)[0]);
    const whole = label(await read("first: 100"));
    expect(whole.length).toBeGreaterThan(1);

    const forwards: unknown[] = [];
    let page = await read("first: 1");
    forwards.push(...label(page));
    while (page.pageInfo.hasNextPage) {
      page = await read(`first: 1, after: "${page.edges[0]!.cursor}"`);
      forwards.push(...label(page));
    }
    expect(forwards).toEqual(whole);

    const backwards: unknown[] = [];
    page = await read("last: 1");
    backwards.unshift(...label(page));
    while (page.pageInfo.hasPreviousPage) {
      page = await read(`last: 1, before: "${page.edges[0]!.cursor}"`);
      backwards.unshift(...label(page));
    }
    expect(backwards).toEqual(whole);
  });

  it.each([
    ["not base64 JSON", "abc"],
    ["a cursor of another list", Buffer.from(JSON.stringify(["Person.events", null, 1])).toString("base64url")],
    ["a key of the wrong type", Buffer.from(JSON.stringify(["Person.statements", "yesterday", 1, 0, 1])).toString("base64url")],
  ])("refuses a nested cursor that is %s", async (_name, cursor) => {
    const { data, errors } = await world.query(`{ person(name: "Xi") { statements(first: 2, after: "${cursor}") { edges { cursor } } } }`);
    expect(data?.person ?? null).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ path: ["person", "statements"], extensions: { code: "BAD_USER_INPUT" } })]);
    expect(errors![0]!.message).toMatch(/^Not a cursor of Person\.statements/);
  });

  it("takes the last items with last", async () => {
    const { data } = await world.query(/* GraphQL */ `{ countries(last: 2) { pageInfo { hasPreviousPage } edges { node { name } } } }`);
    expect(data.countries.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(["Ukraine", "United States"]);
    expect(data.countries.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe("page sizes", () => {
  it("gives 20 by default, at the root and nested", async () => {
    const { data } = await crowd.query(/* GraphQL */ `{
      people { totalCount pageInfo { hasNextPage } edges { node { statements { totalCount pageInfo { hasNextPage } edges { cursor } } } } }
    }`);
    expect(data.people.totalCount).toBe(25);
    expect(data.people.edges).toHaveLength(20);
    expect(data.people.pageInfo.hasNextPage).toBe(true);
    const statements = data.people.edges[0].node.statements;
    expect(statements.totalCount).toBe(25);
    expect(statements.edges).toHaveLength(20);
    expect(statements.pageInfo.hasNextPage).toBe(true);
  });

  it("gives up to 100 when asked", async () => {
    const { data, errors } = await crowd.query(/* GraphQL */ `{ statements(first: 100) { totalCount edges { cursor } } }`);
    expect(errors).toBeUndefined();
    expect(data.statements.totalCount).toBe(625);
    expect(data.statements.edges).toHaveLength(100);
  });

  const tooMany = "A page holds at most 100 items; 101 were asked for. Page through with `after`.";
  it.each([
    [`{ people(first: 101) { totalCount } }`, ["people"], tooMany], // a root connection
    [`{ countries(last: 101) { totalCount } }`, ["countries"], tooMany], // counting from the end
    // A nested page is refused at its own field, for each parent.
    [`{ people(first: 1) { edges { node { statements(first: 101) { totalCount } } } } }`, ["people", "edges", 0, "node", "statements"], tooMany],
    [`{ person(name: "Speaker 001") { events(first: 101) { totalCount } } }`, ["person", "events"], tooMany], // a join-table connection
    [`{ people(first: -1) { totalCount } }`, ["people"], 'Argument "first" must be a non-negative integer'], // negative sizes
  ])("refuses %s", async (query, path, message) => {
    const { data, errors } = await crowd.query(query);
    // Nothing is answered at the refused field (or above it, up to a nullable one).
    const answered = path.reduce<any>((value, key) => value?.[key], data);
    expect(answered ?? null).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ message, path })]);
  });
});

describe("totalCount alone", () => {
  // With nothing but totalCount asked for, the rows themselves need not (and must not fail to) load.
  it.each([
    [`person(name: "Xi") { statements { totalCount } }`, 3],
    [`person(name: "Xi") { events { totalCount } }`, 4],
    [`person(name: "Xi") { articles { totalCount } }`, 4],
    [`country(code: "CN") { people { totalCount } }`, 1],
    [`country(code: "CN") { events { totalCount } }`, 3],
    [`country(code: "CN") { articles { totalCount } }`, 3],
    [`country(code: "CN") { statements { totalCount } }`, 6],
    [`article(url: "https://news.example/2024/04/26/blinken-xi") { people { totalCount } }`, 2],
    [`article(url: "https://news.example/2024/04/26/blinken-xi") { countries { totalCount } }`, 3],
    [`article(url: "https://news.example/2024/04/26/blinken-xi") { statements { totalCount } }`, 2],
    [`article(url: "https://news.example/2024/04/26/blinken-xi") { events { totalCount } }`, 1],
    [`events(type: SUMMIT) { edges { node { participants { totalCount } } } }`, 1],
    [`events(type: SUMMIT) { edges { node { articles { totalCount } } } }`, 2],
    [`events(type: SUMMIT) { edges { node { statements { totalCount } } } }`, 1],
    [`statements(country: "RU") { edges { node { mentionedCountries { totalCount } } } }`, 3],
  ])("counts { %s }", async (selection, expected) => {
    const { data, errors } = await world.query(`{ ${selection} }`);
    expect(errors).toBeUndefined();
    const root = Object.values(data)[0] as Record<string, { totalCount: number }> & { edges?: { node: Record<string, { totalCount: number }> }[] };
    const parent = root.edges ? root.edges[0]!.node : root;
    expect(Object.values(parent)[0]!.totalCount).toBe(expected);
  });
});
