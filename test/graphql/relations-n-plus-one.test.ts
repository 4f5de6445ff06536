import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

/**
 * A chain of `people`, each meeting the one before at an event of their own, reported by an article
 * naming both, where the later one makes a statement: everyone but the ends has two relations.
 */
async function insertChain(db: Db, people: number) {
  await db.country.create({ data: { code: "CN", alpha3: "CHN", name: "China", official: "People's Republic of China" } });
  const ids: number[] = [];
  for (let n = 1; n <= people; n++) {
    const name = `Member ${String(n).padStart(3, "0")}`;
    const person = await db.person.create({ data: { name, normalizedName: name.toLowerCase(), countryCode: "CN" } });
    ids.push(person.id);
    if (n === 1) continue;
    const text = `${name} met the member before.`;
    const article = await db.article.create({ data: { title: `${name} meets`, text, contentHash: `chain-${n}`, publishedAt: new Date(Date.UTC(2024, 0, n)) } });
    const event = await db.event.create({
      data: {
        type: "meeting",
        title: `${name}'s meeting`,
        date: new Date(Date.UTC(2024, 0, n)),
        participants: { create: [{ personId: ids[n - 2]! }, { personId: person.id }] },
      },
    });
    await db.personMention.createMany({
      data: [ids[n - 2]!, person.id].map((personId) => ({ personId, articleId: article.id, start: 0, end: 1, count: 1, confidence: 0.9, extractor: "test" })),
    });
    await db.statement.create({
      data: { kind: "direct", text: `Statement of ${name}`, date: event.date!, speakerId: person.id, articleId: article.id, eventId: event.id, start: 0, end: text.length, confidence: 0.9, extractor: "test" },
    });
  }
}

const queries = {
  relatedPeopleWithEverything: /* GraphQL */ `
    query {
      people(first: 50) {
        edges { node { name relatedPeople(first: 5) {
          totalCount
          edges { eventsTogether articlesTogether lastEvent { title } node { name } events(first: 2) { totalCount edges { node { title } } } }
        } } }
      }
    }
  `,
  timelineAndActivity: /* GraphQL */ `
    query {
      people(first: 50) {
        edges { node {
          timeline(first: 5) { totalCount edges { date node { __typename ... on Statement { text } ... on Event { title } } } }
          activity(by: YEAR) { period statements events articles }
        } }
      }
    }
  `,
};

describe("relation queries are loaded without N+1 queries", () => {
  let small: GraphqlHarness;
  let large: GraphqlHarness;
  beforeAll(async () => {
    [small, large] = await Promise.all([createGraphqlHarness((db) => insertChain(db, 3)), createGraphqlHarness((db) => insertChain(db, 30))]);
  });
  afterAll(async () => {
    await Promise.all([small.dispose(), large.dispose()]);
  });

  async function countStatements(harness: GraphqlHarness, query: string) {
    harness.sql.clear();
    const result = await harness.query(query);
    expect(result.errors).toBeUndefined();
    return { data: result.data, count: harness.sql.statements.length };
  }

  it.each([
    // people; the ties; their last events; their people; the shared events; those events' rows.
    ["relatedPeopleWithEverything", 6],
    // people; the timelines; their statements; their events; the activity buckets.
    ["timelineAndActivity", 5],
  ] as const)("%s runs %i SQL statements for 30 people, as for 3", async (name, expected) => {
    const three = await countStatements(small, queries[name]);
    const thirty = await countStatements(large, queries[name]);
    expect(thirty.data.people.edges).toHaveLength(30);
    expect(three.data.people.edges).toHaveLength(3);
    expect(thirty.count).toBe(three.count);
    expect(thirty.count).toBe(expected);
  });

  it("gives the members in the middle of the chain both neighbours, the newer meeting first", async () => {
    const { data } = await countStatements(large, queries.relatedPeopleWithEverything);
    const tenth = data.people.edges[9].node;
    expect(tenth.name).toBe("Member 010");
    expect(tenth.relatedPeople).toEqual({
      totalCount: 2,
      edges: [
        {
          eventsTogether: 1,
          articlesTogether: 1,
          lastEvent: { title: "Member 011's meeting" },
          node: { name: "Member 011" },
          events: { totalCount: 1, edges: [{ node: { title: "Member 011's meeting" } }] },
        },
        {
          eventsTogether: 1,
          articlesTogether: 1,
          lastEvent: { title: "Member 010's meeting" },
          node: { name: "Member 009" },
          events: { totalCount: 1, edges: [{ node: { title: "Member 010's meeting" } }] },
        },
      ],
    });
  });
});
