import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

let harness: GraphqlHarness;

beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures);
});
afterAll(() => harness.dispose());

describe("country(code:) and country(name:)", () => {
  it.each([
    [{ code: "CN" }, "CN"], // upper case, as stored
    [{ code: "cn" }, "CN"], // lower case
    [{ code: " us " }, "US"], // stray whitespace
    [{ code: "XX" }, null], // no such code
    [{ name: "China" }, "CN"], // common name
    [{ name: "PEOPLE'S REPUBLIC OF CHINA" }, "CN"], // official name, upper case
    [{ name: "russian federation" }, "RU"], // official name, lower case
    [{ name: "Republic of Cote d'Ivoire" }, "CI"], // official name without its accent
    [{ name: "ivory coast" }, "CI"], // common name of the same country
    [{ name: "Atlantis" }, null], // no such country
  ])("finds %j as %j", async (variables, expected) => {
    const { data, errors } = await harness.query(
      /* GraphQL */ `query ($code: String, $name: String) { country(code: $code, name: $name) { code } }`,
      variables,
    );
    expect(errors).toBeUndefined();
    expect(data.country?.code ?? null).toBe(expected);
  });

  it.each([
    [{}], // neither
    [{ code: "CN", name: "China" }], // both
  ])("refuses %j", async (variables) => {
    const { errors } = await harness.query(
      /* GraphQL */ `query ($code: String, $name: String) { country(code: $code, name: $name) { code } }`,
      variables,
    );
    expect(errors?.map((error) => error.message)).toEqual(["Give exactly one of `code` or `name`."]);
  });
});

describe("Country", () => {
  it("has its names, people, events, the articles and statements that mention it", async () => {
    const { data } = await harness.query(/* GraphQL */ `{
      country(code: "CN") {
        code name officialName demonym capital
        people { totalCount edges { node { name } } }
        events { totalCount edges { node { title date } } }
        articles { totalCount edges { span { start end inTitle } node { title text } } }
        statements { totalCount edges { node { text speaker { name } } } }
      }
    }`);
    const china = data.country;
    expect([china.code, china.name, china.officialName, china.demonym, china.capital]).toEqual([
      "CN",
      "China",
      "People's Republic of China",
      "Chinese",
      "Beijing",
    ]);
    expect(china.people).toEqual({ totalCount: 1, edges: [{ node: { name: "Xi Jinping" } }] });
    expect(china.events).toEqual({
      totalCount: 3,
      edges: [
        { node: { title: "talks between Xi Jinping and Vladimir Putin in Beijing", date: "2024-05-16" } },
        { node: { title: "meeting between Antony Blinken and Xi Jinping in Beijing", date: "2024-04-26" } },
        { node: { title: "Lula's state visit to China", date: "2023-04-14" } },
      ],
    });
    expect(china.articles.totalCount).toBe(3);
    for (const { span, node } of china.articles.edges) {
      expect(span.inTitle).toBe(false);
      expect(node.text.slice(span.start, span.end)).toBe("China");
    }
    expect(china.articles.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual([
      "Xi and Putin hail 'new era' of partnership in Beijing",
      "Blinken meets Xi, warns over support for Russia's war",
      "Lula meets Xi in Beijing on state visit",
    ]);
    // Statements that name China, whoever said them; newest first, the later id first on a tie.
    expect(china.statements.totalCount).toBe(6);
    expect(china.statements.edges.map((edge: { node: { speaker: { name: string } } }) => edge.node.speaker.name)).toEqual([
      "Vladimir Putin",
      "Xi Jinping",
      "Antony Blinken",
      "Xi Jinping",
      "Xi Jinping",
      "Luiz Inácio Lula da Silva",
    ]);
  });

  it("gives null for what the data does not know", async () => {
    const { data } = await harness.query(/* GraphQL */ `{
      country(code: "CI") { name people { totalCount } events { totalCount } articles { totalCount edges { cursor } } }
    }`);
    expect(data.country).toEqual({
      name: "Ivory Coast",
      people: { totalCount: 0 },
      events: { totalCount: 0 },
      articles: { totalCount: 0, edges: [] },
    });
  });
});

describe("countries", () => {
  it("lists every country by name", async () => {
    const { data } = await harness.query(/* GraphQL */ `{ countries { totalCount edges { node { name } } } }`);
    expect(data.countries.totalCount).toBe(8);
    expect(data.countries.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      "Brazil",
      "China",
      "France",
      "Ivory Coast",
      "Russia",
      "Switzerland",
      "Ukraine",
      "United States",
    ]);
  });
});
