import { describe, expect, it } from "vitest";
import { globalId } from "../helpers/graphql.ts";
import { useRelationWorld } from "../helpers/relations.ts";

const world = useRelationWorld();

interface Tie {
  cursor: string;
  eventsTogether: number;
  articlesTogether: number;
  lastEvent: { title: string } | null;
  node: { name: string };
}

const related = /* GraphQL */ `
  query ($name: String, $first: Int, $after: String, $type: EventType, $from: Date, $to: Date) {
    person(name: $name) {
      relatedPeople(first: $first, after: $after, type: $type, from: $from, to: $to) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor eventsTogether articlesTogether lastEvent { title } node { name } }
      }
    }
  }
`;

async function relatedPeople(variables: Record<string, unknown>) {
  const { data, errors } = await world.harness.query(related, variables);
  expect(errors).toBeUndefined();
  return data.person.relatedPeople as { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: Tie[] };
}

const summary = (edges: Tie[]) => edges.map(({ node, eventsTogether }) => [node.name, eventsTogether]);

describe("Person.relatedPeople", () => {
  it.each([
    [
      "Xi Jinping", // two events with Putin first; then by the last event together, the undated call last
      [["Vladimir Putin", 2], ["Antony Blinken", 1], ["Luiz Inácio Lula da Silva", 1], ["Volodymyr Zelensky", 1]],
    ],
    [
      "Volodymyr Zelensky", // Lula and Macron tie (one event, same day): the lower id, Lula, first
      [["Luiz Inácio Lula da Silva", 1], ["Emmanuel Macron", 1], ["Xi Jinping", 1]],
    ],
    [
      "Lula", // Macron: the Amazon visit and the summit
      [["Emmanuel Macron", 2], ["Volodymyr Zelensky", 1], ["Xi Jinping", 1]],
    ],
    ["António Guterres", []], // took part in no event
  ])("lists the people %s shared events with, strongest tie first", async (name, expected) => {
    const page = await relatedPeople({ name });
    expect(summary(page.edges)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, endCursor: page.edges.at(-1)?.cursor ?? null });
  });

  it("gives each tie its articles together and its newest event", async () => {
    const page = await relatedPeople({ name: "Xi Jinping" });
    expect(page.edges.map(({ node, articlesTogether, lastEvent }) => [node.name, articlesTogether, lastEvent?.title])).toEqual([
      ["Vladimir Putin", 1, "talks between Xi Jinping and Vladimir Putin in Beijing"],
      ["Antony Blinken", 1, "meeting between Antony Blinken and Xi Jinping in Beijing"],
      ["Luiz Inácio Lula da Silva", 1, "Lula's state visit to China"],
      // The undated call is their only event.
      ["Volodymyr Zelensky", 1, "phone call between Xi Jinping and Volodymyr Zelensky"],
    ]);
    // Lula and Zelensky met at the summit, but no article names both.
    const zelensky = await relatedPeople({ name: "Volodymyr Zelensky" });
    expect(zelensky.edges[0]).toMatchObject({ node: { name: "Luiz Inácio Lula da Silva" }, articlesTogether: 0 });
  });

  it("pages through ties one at a time, across equal ties and into the undated one", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await relatedPeople({ name: "Xi Jinping", first: 1, after });
      expect(result.totalCount).toBe(4);
      expect(result.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...result.edges.map(({ node }) => node.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(["Vladimir Putin", "Antony Blinken", "Luiz Inácio Lula da Silva", "Volodymyr Zelensky"]);
  });

  it("pages through ties that are equal but for the id", async () => {
    const first = await relatedPeople({ name: "Volodymyr Zelensky", first: 1 });
    const second = await relatedPeople({ name: "Volodymyr Zelensky", first: 1, after: first.pageInfo.endCursor });
    expect(summary([...first.edges, ...second.edges])).toEqual([["Luiz Inácio Lula da Silva", 1], ["Emmanuel Macron", 1]]);
  });

  it.each([
    [{ type: "TALKS" }, [["Vladimir Putin", 2]]], // only talks count
    [{ type: "CALL" }, [["Volodymyr Zelensky", 1]]], // the undated call
    [{ from: "2024-01-01" }, [["Vladimir Putin", 1], ["Antony Blinken", 1]]], // the Moscow talks of 2023 no longer count; undated events are outside
    [{ to: "2023-12-31" }, [["Luiz Inácio Lula da Silva", 1], ["Vladimir Putin", 1]]], // one 2023 event each: Lula's visit (April) is newer than the Moscow talks (March)
    [{ from: "2024-04-26", to: "2024-04-26" }, [["Antony Blinken", 1]]], // one day, both ends inclusive
  ])("counts only the events %j", async (filter, expected) => {
    const page = await relatedPeople({ name: "Xi Jinping", ...filter });
    expect(summary(page.edges)).toEqual(expected);
  });

  it("counts articles naming both within the period", async () => {
    const page = await relatedPeople({ name: "Xi Jinping", from: "2024-05-01", to: "2024-05-31" });
    expect(page.edges.map(({ node, articlesTogether }) => [node.name, articlesTogether])).toEqual([["Vladimir Putin", 1]]);
    const before = await relatedPeople({ name: "Xi Jinping", type: "TALKS", to: "2023-12-31" });
    // The 2024 article naming both is outside the period.
    expect(before.edges.map(({ node, articlesTogether }) => [node.name, articlesTogether])).toEqual([["Vladimir Putin", 0]]);
  });

  it("lists the events of a tie, newest first, and pages through them", async () => {
    const query = /* GraphQL */ `
      query ($after: String) {
        person(name: "Xi Jinping") {
          relatedPeople(first: 1) {
            edges { events(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } } } }
          }
        }
      }
    `;
    const first = await world.harness.query(query);
    const page1 = first.data.person.relatedPeople.edges[0].events;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map(({ node }: { node: { date: string } }) => node.date)).toEqual(["2024-05-16"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await world.harness.query(query, { after: page1.pageInfo.endCursor });
    const page2 = second.data.person.relatedPeople.edges[0].events;
    expect(page2.edges).toEqual([
      { node: { id: globalId("Event", world.ids.extraEvent), title: "talks between Xi Jinping and Vladimir Putin in Moscow", date: "2023-03-21" } },
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it("answers the same field twice under aliases with different arguments", async () => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `
      { person(name: "Xi") {
          talks: relatedPeople(type: TALKS) { edges { node { name } } }
          calls: relatedPeople(type: CALL) { edges { node { name } } }
      } }
    `);
    expect(errors).toBeUndefined();
    expect(data.person).toEqual({
      talks: { edges: [{ node: { name: "Vladimir Putin" } }] },
      calls: { edges: [{ node: { name: "Volodymyr Zelensky" } }] },
    });
  });

  it("returns real Person nodes that take any selection", async () => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `
      { person(name: "Putin") { relatedPeople { edges { node { id aliases country { code } statements(first: 1) { edges { node { text } } } } } } } }
    `);
    expect(errors).toBeUndefined();
    expect(data.person.relatedPeople.edges).toEqual([
      {
        node: {
          id: globalId("Person", world.ids.people.xi),
          aliases: ["President Xi", "Xi"],
          country: { code: "CN" },
          statements: { edges: [{ node: { text: "China and Russia will open a new era of partnership" } }] },
        },
      },
    ]);
  });

  it.each([
    [{ after: "not a cursor" }, "Not a cursor of RelatedPerson"], // garbage
    [{ after: Buffer.from('["Timeline",{"date":null,"kind":"event","id":1}]').toString("base64url") }, "Not a cursor of RelatedPerson"], // another list's cursor
    [{ after: Buffer.from('["RelatedPerson",{"eventsTogether":"2","lastDate":null,"personId":1}]').toString("base64url") }, "Not a cursor of RelatedPerson"], // a forged cursor of the wrong shape
    [{ first: 101 }, "A page holds at most 100 items"], // over the page limit
    [{ first: -1 }, "`first` must be 0 or more"], // negative
    [{ from: "2024-05-01", to: "2024-04-01" }, "is after `to`"], // an empty period
  ])("refuses %j as BAD_USER_INPUT", async (variables, message) => {
    const { errors } = await world.harness.query(related, { name: "Xi Jinping", ...variables });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toContain(message);
    expect(errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
