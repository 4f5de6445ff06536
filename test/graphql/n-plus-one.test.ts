import { describe, expect, it } from "vitest";
import { type GraphqlHarness, useSpeakerCrowds } from "../helpers/graphql.ts";

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
    return { data: result.data, count: harness.sql.statements.length };
  }

  it.each([
    // The query from the brief: one SELECT each for people, statements, articles, events.
    ["statementsWithArticleAndEvent", 4],
    // Nested totalCounts are a grouped count joined into the people SELECT; the root count is its own.
    ["totalCountsOnEveryLevel", 3],
    // people; participations → events → participations → people; mentions → articles; countries.
    ["connectionsThroughJoinTables", 8],
  ] as const)("%s runs %i SQL statements for 30 people, as for 3", async (name, expected) => {
    const three = await countStatements(crowds.small, queries[name]);
    const thirty = await countStatements(crowds.large, queries[name]);

    expect(thirty.data.people.edges).toHaveLength(30);
    expect(three.data.people.edges).toHaveLength(3);
    expect(thirty.count).toBe(three.count);
    expect(thirty.count).toBe(expected);
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
