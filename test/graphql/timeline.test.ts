import { describe, expect, it } from "vitest";
import { useRelationWorld } from "../helpers/relations.ts";

const world = useRelationWorld();

const timeline = /* GraphQL */ `
  query ($name: String, $first: Int, $after: String, $from: Date, $to: Date) {
    person(name: $name) {
      timeline(first: $first, after: $after, from: $from, to: $to) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { date node { __typename ... on Statement { text } ... on Event { title } } }
      }
    }
  }
`;

type Entry = { date: string | null; node: { __typename: string; text?: string; title?: string } };
const entries = (edges: Entry[]) => edges.map(({ date, node }) => [date, node.__typename, node.text ?? node.title]);

async function page(variables: Record<string, unknown>) {
  const { data, errors } = await world.harness.query(timeline, variables);
  expect(errors).toBeUndefined();
  return data.person.timeline as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Entry[] };
}

// Xi's statements and events, newest first; the undated call last; on one day the event before what was said.
const xi = [
  ["2024-05-16", "Event", "talks between Xi Jinping and Vladimir Putin in Beijing"],
  ["2024-05-16", "Statement", "China and Russia will open a new era of partnership"],
  ["2024-04-26", "Event", "meeting between Antony Blinken and Xi Jinping in Beijing"],
  ["2024-04-26", "Statement", "China and the United States should be partners, not rivals"],
  ["2023-04-14", "Event", "Lula's state visit to China"],
  ["2023-04-14", "Statement", "China was ready to work with Brazil"],
  ["2023-03-21", "Event", "talks between Xi Jinping and Vladimir Putin in Moscow"],
  [null, "Event", "phone call between Xi Jinping and Volodymyr Zelensky"],
];

describe("Person.timeline", () => {
  it("mixes statements and events in date order, undated events last", async () => {
    const result = await page({ name: "Xi Jinping" });
    expect(entries(result.edges)).toEqual(xi);
    expect(result.totalCount).toBe(8);
  });

  it.each([1, 3, 5])("gives the same list paged %i at a time", async (first) => {
    const seen: Entry[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result = await page({ name: "Xi Jinping", first, after });
      seen.push(...result.edges);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(entries(seen)).toEqual(xi);
  });

  it.each([
    [{ from: "2024-01-01" }, xi.slice(0, 4)], // undated events are outside every period
    [{ to: "2023-12-31" }, xi.slice(4, 7)],
    [{ from: "2023-04-14", to: "2023-04-14" }, xi.slice(4, 6)], // one day
  ])("keeps what falls within %j", async (period, expected) => {
    const result = await page({ name: "Xi Jinping", ...period });
    expect(entries(result.edges)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it("is empty for a person who said nothing and went nowhere", async () => {
    await world.harness.db.person.create({ data: { name: "Nobody Special", normalizedName: "nobody special" } });
    const result = await page({ name: "Nobody Special" });
    expect(result).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("refuses another list's cursor", async () => {
    const { pageInfo } = await world.harness
      .query(`{ person(name: "Xi") { relatedPeople(first: 1) { pageInfo { endCursor } } } }`)
      .then(({ data }) => data.person.relatedPeople);
    const { errors } = await world.harness.query(timeline, { name: "Xi Jinping", after: pageInfo.endCursor });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
