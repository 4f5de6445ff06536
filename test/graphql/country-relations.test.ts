import { describe, expect, it } from "vitest";
import { useRelationWorld } from "../helpers/relations.ts";

const world = useRelationWorld();

const relations = /* GraphQL */ `
  query ($code: String, $first: Int, $after: String) {
    country(code: $code) {
      relations(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { events statements node { code } }
      }
    }
  }
`;

type Relation = { events: number; statements: number; node: { code: string } };
const summary = (edges: Relation[]) => edges.map(({ node, events, statements }) => [node.code, events, statements]);

async function page(variables: Record<string, unknown>) {
  const { data, errors } = await world.harness.query(relations, variables);
  expect(errors).toBeUndefined();
  return data.country.relations as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Relation[] };
}

describe("Country.relations", () => {
  it.each([
    [
      "CN", // Russia: two talks and Xi's statement naming it; Brazil and the US: one meeting and one statement each (by code)
      [["RU", 2, 1], ["BR", 1, 1], ["US", 1, 1], ["UA", 1, 0]],
    ],
    [
      "BR", // China and France tie at 2 (one event and one statement, two events): the code decides
      [["CN", 1, 1], ["FR", 2, 0], ["UA", 1, 0]],
    ],
    ["US", [["CN", 1, 1], ["RU", 0, 1]]], // Russia only spoken about
    ["CH", []], // the summit was held there, but none of its people took part
  ])("lists the countries %s met or spoke about, strongest first", async (code, expected) => {
    const result = await page({ code });
    expect(summary(result.edges)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it("pages through equal relations", async () => {
    const seen: Relation[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const result = await page({ code: "CN", first: 1, after });
      seen.push(...result.edges);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen.map(({ node }) => node.code)).toEqual(["RU", "BR", "US", "UA"]);
  });
});

describe("statements(about:)", () => {
  it.each([
    ["ru", ["China and Russia will open a new era of partnership"]], // lower case
    ["BR", ["China was ready to work with Brazil"]],
    ["FR", []],
  ])("finds what Xi said about %s", async (about, expected) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($about: String) { person(name: "Xi") { statements(about: $about) { totalCount edges { node { text } } } } }`,
      { about },
    );
    expect(errors).toBeUndefined();
    expect(data.person.statements.edges.map(({ node }: { node: { text: string } }) => node.text)).toEqual(expected);
    expect(data.person.statements.totalCount).toBe(expected.length);
  });

  it("filters the root statements, with the other filters", async () => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `
      { all: statements(about: "UA") { totalCount edges { node { speaker { name } } } }
        russians: statements(about: "UA", country: "RU") { totalCount edges { node { text } } } }
    `);
    expect(errors).toBeUndefined();
    expect(data.all.edges.map(({ node }: { node: { speaker: { name: string } } }) => node.speaker.name)).toEqual(["António Guterres", "Vladimir Putin"]);
    expect(data.russians).toEqual({ totalCount: 1, edges: [{ node: { text: "Russia valued China's position on Ukraine" } }] });
  });
});
