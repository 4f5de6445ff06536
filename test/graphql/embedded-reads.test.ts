import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";
import { embeddedRow, TIMESTAMP_COLUMNS } from "../../src/graphql/sql/embedded.ts";

// A level's statement embeds the levels below it as JSON (src/graphql/sql/embedded.ts). Each answer
// here is compared with the same fields asked for through `node(id:)`, where the person is read on
// its own and each list below it by its own statement: the two paths must agree on every value,
// timestamps and cursors included.

let world: GraphqlHarness;

beforeAll(async () => {
  world = await createGraphqlHarness(insertFixtures);
});
afterAll(async () => {
  await world.dispose();
});

const page = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor";
const statementFields = `id text kind date confidence extractor span { start end }
  speaker { name } article { title publishedAt } event { title date country { code } }
  mentionedCountries(first: 2) { ${page} node { code name } } }`;

// Every nested list of the schema and every to-one field, below a person.
const personFields = /* GraphQL */ `
  fragment PersonFields on Person {
    name role
    statements(first: 2) { ${page} node { ${statementFields} } } }
    events(first: 2) {
      ${page} node {
        title date
        participants(first: 3) { ${page} node { name } } }
        statements(first: 1) { ${page} node { text date } } }
        articles(first: 1) { ${page} span { start end } confidence node { title } } }
      } }
    }
    articles(first: 2) {
      ${page} span { start end inTitle } confidence extractor node {
        title publishedAt
        people(first: 2) { ${page} span { start } node { name } } }
        countries(first: 2) { ${page} node { code } } }
        events(first: 1) { ${page} node { title } } }
        statements(first: 1) { ${page} node { text } } }
      } }
    }
    country {
      code
      people(first: 2) { ${page} node { name } } }
      events(first: 1) { ${page} node { title date } } }
      statements(first: 1) { ${page} node { text } } }
      articles(first: 1) { ${page} node { title } } }
    }
  }`;

async function ok<Data = any>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const { data, errors } = await world.query<Data>(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

/** The same fields of the person, read through `node(id:)`. */
async function readAlone(id: string): Promise<unknown> {
  const data = await ok(`query ($id: ID!) { node(id: $id) { ...PersonFields } } ${personFields}`, { id });
  return data.node;
}

describe("a level's statement embeds the levels below it", () => {
  it("answers every nested list and to-one field as reading them level by level does, in one statement", async () => {
    world.sql.clear();
    const data = await ok(`{ people(first: 20) { edges { node { id ...PersonFields } } } } ${personFields}`);
    expect(world.sql.statements).toHaveLength(1);
    const people = data.people.edges.map((edge: any) => edge.node);
    expect(people.length).toBeGreaterThan(3);
    // The fixtures must reach every level, or the comparison below proves little.
    const everyLevel = people.some((person: any) => person.events.edges.some((edge: any) => edge.node.participants.edges.length > 0));
    expect(everyLevel).toBe(true);
    expect(people.some((person: any) => person.statements.edges.some((edge: any) => edge.node.mentionedCountries.edges.length > 0))).toBe(true);
    for (const { id, ...fields } of people) expect(fields).toEqual(await readAlone(id));
  });

  it("reads two aliases of one list with different pages apart, and the same page once", async () => {
    const query = `{ people(first: 5) { edges { node {
      one: statements(first: 1) { edges { node { text } } }
      three: statements(first: 3) { edges { node { text } } }
      again: statements(first: 3) { edges { node { text date } } }
    } } } }`;
    world.sql.clear();
    const data = await ok(query);
    expect(world.sql.statements).toHaveLength(1);
    for (const { node } of data.people.edges) {
      expect(node.one.edges).toEqual(node.three.edges.slice(0, 1));
      expect(node.again.edges.map((edge: any) => edge.node.text)).toEqual(node.three.edges.map((edge: any) => edge.node.text));
    }
  });

  it("follows fragments, variables and @include", async () => {
    const query = `query ($n: Int!, $withArticle: Boolean!) { people(first: 3) { edges { node { ...Said } } } }
      fragment Said on Person { statements(first: $n) { edges { node { ... on Statement { text article @include(if: $withArticle) { title } } } } } }`;
    world.sql.clear();
    const withArticle = await ok(query, { n: 2, withArticle: true });
    expect(world.sql.statements).toHaveLength(1);
    const without = await ok(query, { n: 2, withArticle: false });
    const first = withArticle.people.edges.find((edge: any) => edge.node.statements.edges.length > 0).node.statements.edges[0].node;
    expect(first.article.title).toEqual(expect.any(String));
    expect(without.people.edges[0].node.statements.edges.every((edge: any) => !("article" in edge.node))).toBe(true);
  });

  it("pages on from an embedded page's cursor as from its own", async () => {
    const data = await ok(`{ people(first: 20) { edges { node { id statements(first: 1) { pageInfo { hasNextPage endCursor } } } } } }`);
    const person = data.people.edges.find((edge: any) => edge.node.statements.pageInfo.hasNextPage).node;
    const embedded = await ok(`query ($after: String) { people(first: 20) { edges { node { id statements(first: 5, after: $after) { edges { node { text } } } } } } }`, {
      after: person.statements.pageInfo.endCursor,
    });
    const alone = await ok(`query ($id: ID!, $after: String) { node(id: $id) { ... on Person { statements(first: 5, after: $after) { edges { node { text } } } } } }`, {
      id: person.id,
      after: person.statements.pageInfo.endCursor,
    });
    const next = embedded.people.edges.find((edge: any) => edge.node.id === person.id).node.statements;
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next).toEqual(alone.node.statements);
  });

  it("refuses nested arguments at their own path, as the field's own statement would", async () => {
    const { data, errors } = await world.query(`{ people(first: 2) { edges { node { name statements(first: 1000) { edges { node { text } } } } } } }`);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.path).toEqual(["people", "edges", 0, "node", "statements"]);
    const cursor = await world.query(`{ people(first: 2) { edges { node { statements(first: 1, after: "bm90IGEgY3Vyc29y") { edges { node { text } } } } } } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(cursor.errors?.[0]?.message).toMatch(/^Not a cursor of Person\.statements/);
  });

  it("knows every timestamp column of the tables it embeds rows of", async () => {
    const columns = await world.db.$queryRaw<{ column_name: string }[]>`
      SELECT DISTINCT column_name::text AS column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type LIKE 'timestamp%'
        AND table_name IN ('Person', 'Article', 'Statement', 'Event', 'Country')`;
    expect(columns.map(({ column_name }) => column_name).sort()).toEqual([...TIMESTAMP_COLUMNS].sort());
  });
});

describe("embedded timestamps", () => {
  it.each([
    ["2023-03-22T09:30:00", "2023-03-22T09:30:00.000Z"],
    ["2023-03-22T09:30:00.25", "2023-03-22T09:30:00.250Z"],
    ["2024-12-31T23:59:59.999", "2024-12-31T23:59:59.999Z"],
    ["0044-03-15T12:00:00", "0044-03-15T12:00:00.000Z"],
  ])("reads PostgreSQL's JSON text %s as UTC", (text, iso) => {
    const row = embeddedRow<{ date: Date; publishedAt: Date | null; title: string }>({ date: text, publishedAt: null, title: text });
    expect(row!.date.toISOString()).toBe(iso);
    expect(row!.publishedAt).toBeNull();
    expect(row!.title).toBe(text);
  });
});
