import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertSpeakers } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness, useSpeakerCrowds } from "../helpers/graphql.ts";

const queries = {
  statementsWithArticleAndEvent: /* GraphQL */ `
    query {
      people(first: 50) {
        edges {
          node {
            name
            statements(first: 10) { edges { node { text article { title } event { title } } } }
          }
        }
      }
    }
  `,
  totalCountsOnEveryLevel: /* GraphQL */ `
    query {
      people(first: 50) {
        totalCount
        edges { node { name statements(first: 2) { totalCount pageInfo { hasNextPage } edges { node { text } } } } }
      }
    }
  `,
  connectionsThroughJoinTables: /* GraphQL */ `
    query {
      people(first: 50) {
        edges {
          node {
            name
            events(first: 5) {
              totalCount
              edges { node { title participants(first: 3) { totalCount edges { node { name } } } } }
            }
            articles(first: 3) { totalCount edges { span { start end } node { title } } }
            country { name people(first: 2) { totalCount } }
          }
        }
      }
    }
  `,
};

describe("nested lists are loaded without N+1 queries", () => {
  const crowds = useSpeakerCrowds();

  async function countStatements(harness: GraphqlHarness, query: string) {
    harness.sql.clear();
    const result = await harness.query(query);
    expect(result.errors).toBeUndefined();
    return { data: result.data, count: harness.sql.statements.length, rows: harness.sql.rows };
  }

  it.each([
    // One SELECT: people, each with their statements, each with its article and event, embedded as JSON.
    ["statementsWithArticleAndEvent", 1],
    // people with their statements embedded; the count of people; the statements' counts, one grouped count.
    ["totalCountsOnEveryLevel", 3],
    // people with their events (and the events' participants), articles and country embedded; then one
    // grouped count per totalCount: events, participants, articles, the countries' people.
    ["connectionsThroughJoinTables", 5],
  ] as const)("%s runs %i SQL statements for 30 people, as for 3", async (name, expected) => {
    const three = await countStatements(crowds.small, queries[name]);
    const thirty = await countStatements(crowds.large, queries[name]);

    expect(thirty.data.people.edges).toHaveLength(30);
    expect(three.data.people.edges).toHaveLength(3);
    expect(thirty.count).toBe(three.count);
    expect(thirty.count).toBe(expected);
  });

  it("reads as many rows as it returns", async () => {
    const { data, rows } = await countStatements(crowds.large, queries.statementsWithArticleAndEvent);
    const people = data.people.edges.map((edge: any) => edge.node);
    const statements = people.flatMap((person: any) => person.statements.edges.map((edge: any) => edge.node));
    // Each statement comes with its article and event, as a join would return them.
    expect(people).toHaveLength(30);
    expect(statements).toHaveLength(150);
    expect(rows).toBe(people.length + statements.length * 3);
  });

  it("returns the nested rows of the last person of 30", async () => {
    const { data } = await countStatements(crowds.large, queries.statementsWithArticleAndEvent);
    const last = data.people.edges[29].node;
    expect(last.name).toBe("Speaker 030");
    expect(last.statements.edges).toHaveLength(5);
    expect(last.statements.edges[0].node).toEqual({
      text: "Statement 5 of Speaker 030",
      article: { title: "Speaker 030 speaks" },
      event: { title: "Speaker 030's meeting" },
    });
  });
});

describe("a nested page costs the same with 5 children or 2,000", () => {
  const harnesses = {} as { few: GraphqlHarness; many: GraphqlHarness };
  beforeAll(async () => {
    [harnesses.few, harnesses.many] = await Promise.all([
      createGraphqlHarness((db) => insertSpeakers(db, { people: 1, statementsEach: 5 })),
      createGraphqlHarness((db) => insertSpeakers(db, { people: 1, statementsEach: 2_000 })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([harnesses.few.dispose(), harnesses.many.dispose()]);
  });

  const query = /* GraphQL */ `{ person(name: "Speaker 001") { statements(first: 3) { edges { node { text } } } } }`;

  it.each(["few", "many"] as const)("reads the person and first + 1 statements with %s", async (which) => {
    const harness = harnesses[which];
    harness.sql.clear();
    const { data, errors } = await harness.query(query);
    expect(errors).toBeUndefined();
    expect(data.person.statements.edges).toHaveLength(3);
    // One row for the person, four for the page: three and the one that tells there is a next page.
    expect(harness.sql.rows).toBe(1 + 4);
    expect(harness.sql.statements).toHaveLength(2);
  });

  it("counts them only when asked", async () => {
    const { data, errors } = await harnesses.many.query(`{ person(name: "Speaker 001") { statements(first: 3) { totalCount } } }`);
    expect(errors).toBeUndefined();
    expect(data.person.statements.totalCount).toBe(2_000);
  });
});
