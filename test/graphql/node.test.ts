import { describe, expect, it } from "vitest";
import { globalId, useFixtureWorld } from "../helpers/graphql.ts";

const world = useFixtureWorld();

const describeNode = /* GraphQL */ `
  fragment Described on Node {
    __typename
    id
    ... on Person { name }
    ... on Country { name }
    ... on Article { title }
    ... on Statement { text }
    ... on Event { title }
  }
`;

// Where each type's id comes from on the way out: a root field that returns it.
const lookups = {
  Person: /* GraphQL */ `{ found: person(name: "Lula") { ...Described } }`,
  Country: /* GraphQL */ `{ found: country(code: "br") { ...Described } }`,
  Article: /* GraphQL */ `{ found: article(url: "https://news.example/2024/03/28/macron-lula-amazon") { ...Described } }`,
  Statement: /* GraphQL */ `{ found: statements(country: "FR") { edges { node { ...Described } } } }`,
  Event: /* GraphQL */ `{ found: events(type: SUMMIT) { edges { node { ...Described } } } }`,
};

describe("node(id:)", () => {
  it.each([
    ["Person", "Luiz Inácio Lula da Silva"], // by numeric id
    ["Country", "Brazil"], // by ISO code
    ["Article", "Macron and Lula unveil Amazon plan in Belém"],
    ["Statement", "Brazil and France will invest one billion euros in the Amazon."],
    ["Event", "Summit on Peace in Ukraine"],
  ] as const)("fetches back the %s a root field returned", async (type, label) => {
    const first = await world.harness.query(lookups[type] + describeNode);
    const found = first.data.found.edges?.[0]?.node ?? first.data.found;
    expect(found.__typename).toBe(type);
    expect(Object.values(found)).toContain(label);

    const again = await world.harness.query(`query ($id: ID!) { node(id: $id) { ...Described } }${describeNode}`, { id: found.id });
    expect(again.errors).toBeUndefined();
    expect(again.data.node).toEqual(found);
  });

  it("builds a country's id on its code", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{ country(code: "CN") { id } }`);
    expect(data.country.id).toBe(globalId("Country", "CN"));
    expect(Buffer.from(data.country.id, "base64").toString()).toBe("Country:CN");
  });

  it.each([
    [globalId("Person", 9999)], // a well-formed id of nobody
    [globalId("Country", "ZZ")], // a code nobody uses
  ])("gives null for %s", async (id) => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(errors).toBeUndefined();
    expect(data.node).toBeNull();
  });
});

describe("nodes(ids:)", () => {
  it("fetches several types at once, in the order asked, with null for the unknown", async () => {
    const requested = [
      globalId("Event", world.ids.events.e1),
      globalId("Person", world.ids.people.putin),
      globalId("Person", 9999),
      globalId("Country", "RU"),
      globalId("Statement", world.ids.statements.s2),
      globalId("Article", world.ids.articles.a1),
    ];
    const { data, errors } = await world.harness.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ...Described } }${describeNode}`,
      { ids: requested },
    );
    expect(errors).toBeUndefined();
    expect(data.nodes.map((node: { __typename: string } | null) => node?.__typename ?? null)).toEqual([
      "Event",
      "Person",
      null,
      "Country",
      "Statement",
      "Article",
    ]);
    expect(data.nodes.map((node: { id: string } | null) => node?.id ?? null)).toEqual(
      requested.map((id, index) => (index === 2 ? null : id)),
    );
    expect(data.nodes[1].name).toBe("Vladimir Putin");
    expect(data.nodes[3].name).toBe("Russia");
  });
});

describe("malformed ids", () => {
  it.each([
    ["garbage", "Invalid global ID: garbage"], // not base64 of "Type:id"
    [globalId("Person", "abc"), 'Not a valid Person id: "abc".'], // a Person id that is not a number
    [globalId("Planet", 1), `Invalid global ID: ${globalId("Planet", 1)}`], // a type the schema does not have
    [globalId("Person", 2_147_483_648), 'Not a valid Person id: "2147483648".'], // beyond PostgreSQL's integer
  ])("refuses %s with a message", async (id, message) => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(data.node).toBeNull();
    expect(errors?.map((error) => [error.message, error.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });

  it("refuses the id of another type where a person is expected", async () => {
    const { errors } = await world.harness.query(/* GraphQL */ `query ($id: ID) { articles(person: $id) { totalCount } }`, {
      id: globalId("Article", world.ids.articles.a1),
    });
    expect(errors?.map((error) => error.message)).toEqual([`ID: ${globalId("Article", world.ids.articles.a1)} is not of type: Person`]);
  });
});
