import { readFileSync } from "node:fs";
import { getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { benchQueries } from "../../bench/graphql-queries.ts";
import { schema } from "../../src/graphql/index.ts";
import { serverLimits } from "../../src/server/limits.ts";
import { operationCost } from "../../src/server/operation-limits.ts";
import { useFixtureWorld } from "../helpers/graphql.ts";

const world = useFixtureWorld();
const limits = serverLimits();

/** Posts `query` and checks it was refused before any SQL ran; the refusal's message. */
async function refusal(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  const { harness } = world;
  harness.sql.clear();
  const { data, errors } = await harness.query(query, variables);
  expect(data ?? null).toBeNull();
  expect(harness.sql.statements).toEqual([]);
  return (errors ?? []).map((error) => error.message);
}

const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables);

describe("operation cost", () => {
  it.each([
    // a scalar field of one object
    [`{ person(name: "Xi") { name } }`, 1],
    // a connection with no page size: 20 rows
    [`{ people { edges { node { name } } } }`, 20],
    // connection and edges are wrappers; each node and its country are objects
    [`{ people(first: 5) { totalCount edges { cursor node { name country { code } } } } }`, 10],
    // `last` counts as `first` does
    [`{ people(last: 3) { edges { node { name } } } }`, 3],
    // each page multiplies what is below it
    [`{ people(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } }`, 10_100],
    // search's first, with its default of 20: each hit and its country
    [`{ search(query: "xi") { __typename ... on Person { country { code } } } }`, 40],
    // nodes: one object per id
    [`{ nodes(ids: ["a", "b", "c"]) { id } }`, 3],
  ])("%s costs %i", (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it("reads page sizes given in variables", () => {
    const query = `query ($n: Int) { people(first: $n) { edges { node { statements(first: $n) { edges { node { text } } } } } } }`;
    expect(cost(query, { n: 100 })).toBe(10_100);
    expect(cost(query, { n: 2 })).toBe(6);
  });

  it("counts a fragment as often as it is spread", () => {
    const query = `{ a: people(first: 10) { ...Page } b: people(first: 10) { ...Page } }
      fragment Page on QueryPeopleConnection { edges { node { country { code } } } }`;
    expect(cost(query)).toBe(40);
  });
});

describe("limits refused before any resolver runs", () => {
  const aliasBomb = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: people(first: 100) { edges { node { name statements(first: 100) { edges { node { text } } } } } }`).join(" ")} }`;

  it("refuses the 500-alias bomb, naming the limit", async () => {
    expect(await refusal(aliasBomb)).toEqual([expect.stringMatching(/token/i)]);
  });

  it("refuses too many aliases, naming the limit and the count", async () => {
    const query = `{ ${Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: person(name: "Xi") { name }`).join(" ")} }`;
    expect(await refusal(query)).toEqual([`Syntax Error: Aliases limit of ${limits.maxAliases} exceeded, found ${limits.maxAliases + 1}.`]);
  });

  it("refuses the cost bomb people → statements → speaker → statements, with the cost", async () => {
    const query = `{ people(first: 100) { edges { node { statements(first: 100) { edges { node { speaker {
      statements(first: 100) { edges { node { text } } } } } } } } } } }`;
    expect(await refusal(query)).toEqual([`The operation's cost is 1,020,100; at most ${limits.maxCost.toLocaleString("en")} is allowed.`]);
    const { errors } = await world.harness.query(query);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "OPERATION_LIMIT", limit: "cost", max: limits.maxCost, found: 1_020_100 });
  });

  it("refuses a costly page size hidden in a variable", async () => {
    const query = `query ($n: Int) { people(first: $n) { edges { node { statements(first: $n) { edges { node { article { title } event { title } } } } } } } }`;
    expect(await refusal(query, { n: 100 })).toEqual([expect.stringMatching(/^The operation's cost is 30,100;/)]);
  });

  it("refuses too many directives", async () => {
    const query = `{ person(name: "Xi") { name ${"@include(if: true) ".repeat(limits.maxDirectives + 1)} } }`;
    expect(await refusal(query)).toEqual([`Syntax Error: Directives limit of ${limits.maxDirectives} exceeded, found ${limits.maxDirectives + 1}.`]);
  });

  it("refuses a document of too many tokens while parsing it", async () => {
    const query = `{ person(name: "Xi") { ${"name ".repeat(limits.maxTokens)} } }`;
    expect(await refusal(query)).toEqual([`Syntax Error: Token limit of ${limits.maxTokens} exceeded.`]);
  });
});

describe("query depth", () => {
  // The selection inside `person { … }` that makes a query exactly `depth` levels deep:
  // hops of statements → edges → node → speaker (4 levels each), then a tail of 1 to 4 levels.
  const tails = ["name", "country { name }", "statements(first: 1) { edges { cursor } }", "statements(first: 1) { edges { node { text } } }"];
  const selection = (depth: number) => {
    const hops = Math.floor((depth - 2) / 4);
    let inner = tails[depth - 2 - 4 * hops]!;
    for (let hop = 0; hop < hops; hop++) inner = `statements(first: 1) { edges { node { speaker { ${inner} } } } }`;
    return inner;
  };
  const inline = (depth: number) => `{ person(name: "Xi") { ${selection(depth)} } }`;
  const refused = (depth: number) => `Syntax Error: Query depth limit of ${limits.maxDepth} exceeded, found ${depth}.`;

  it(`allows ${limits.maxDepth} levels`, async () => {
    const { data, errors } = await world.harness.query(inline(limits.maxDepth));
    expect(errors).toBeUndefined();
    expect(data.person.statements.edges).toHaveLength(1);
  });

  it("refuses a deeper query before running it", async () => {
    expect(await refusal(inline(limits.maxDepth + 1))).toEqual([refused(limits.maxDepth + 1)]);
  });

  it("counts the levels inside fragments", async () => {
    const query = `query { person(name: "Xi") { ...Deep } } fragment Deep on Person { ${selection(limits.maxDepth + 2)} }`;
    expect(await refusal(query)).toEqual([refused(limits.maxDepth + 2)]);
  });
});

describe("what passes under the default limits", () => {
  it("lets GraphiQL's introspection query through", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const { data, errors } = await world.harness.query(query);
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe("Query");
  });

  // The README's GraphQL blocks and inline `{ … }` examples; the curl examples are tested where their features are.
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g), ...readme.matchAll(/`(\{ \w+\([^`]+ \})`/g)].map((match) => match[1]!);

  it.each(readmeQueries)("lets the README's query through: %s", async (query) => {
    const { errors } = await world.harness.query(query);
    expect(errors).toBeUndefined();
  });

  it.each(benchQueries.map((bench) => [bench.label, bench] as const))("lets the benchmark's %s through", async (_label, bench) => {
    const { errors } = await world.harness.query(bench.query, bench.variables({ name: "Xi Jinping", country: "cn" }));
    expect(errors).toBeUndefined();
  });

  it("lets a page of 100 people with 100 statements each through", async () => {
    const { data, errors } = await world.harness.query(
      `{ people(first: 100) { edges { node { name statements(first: 100) { edges { node { text } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.people.edges.length).toBeGreaterThan(0);
  });
});
