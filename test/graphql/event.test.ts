import { describe, expect, it } from "vitest";
import type { FixtureIds } from "../helpers/fixtures.ts";
import { globalId, nodeIds, useFixtureWorld, withPersonId } from "../helpers/graphql.ts";

const world = useFixtureWorld();

type EventKey = keyof FixtureIds["events"];

describe("events", () => {
  // Newest first, the undated phone call last.
  const all: EventKey[] = ["e5", "e1", "e2", "e3", "e4", "e6"];

  it.each([
    [{}, all], // everything
    [{ type: "VISIT" }, ["e3", "e4"]], // one type
    [{ participant: "zelensky" }, ["e5", "e6"]], // one participant, dated or not
    [{ country: "cn" }, ["e1", "e2", "e4"]], // where it took place, any-case code
    [{ from: "2024-04-26" }, ["e5", "e1", "e2"]], // `from` inclusive; undated events never match a date filter
    [{ to: "2024-03-26" }, ["e3", "e4"]], // `to` inclusive
    [{ type: "TALKS", participant: "putin" }, ["e1"]], // filters combine
    [{ type: "TRIP" }, []], // a type with no events
  ])("filters by %j", async (filter: Record<string, string>, expected) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($type: EventType, $participant: ID, $country: String, $from: Date, $to: Date) {
        events(type: $type, participant: $participant, country: $country, from: $from, to: $to) { totalCount edges { node { id } } }
      }`,
      withPersonId(world.ids, filter, "participant"),
    );
    expect(errors).toBeUndefined();
    expect(nodeIds(data.events)).toEqual(
      expected.map((key) => globalId("Event", world.ids.events[key as EventKey])),
    );
    expect(data.events.totalCount).toBe(expected.length);
  });
});

describe("Event", () => {
  const fields = /* GraphQL */ `
    query ($id: ID!) {
      node(id: $id) {
        ... on Event {
          type title date place
          country { name }
          participants { totalCount edges { node { name } } }
          statements { totalCount edges { node { text } } }
          articles { totalCount edges { span { start end } extractor node { title text } } }
        }
      }
    }
  `;

  it("has its place, participants, statements and the articles that report it", async () => {
    const { data } = await world.harness.query(fields, { id: globalId("Event", world.ids.events.e5) });
    const { articles, ...event } = data.node;
    expect(event).toEqual({
      type: "SUMMIT",
      title: "Summit on Peace in Ukraine",
      date: "2024-06-15",
      place: "Bürgenstock",
      country: { name: "Switzerland" },
      participants: { totalCount: 1, edges: [{ node: { name: "Volodymyr Zelensky" } }] },
      statements: { totalCount: 1, edges: [{ node: { text: "We have brought back to the world the idea of a just peace" } }] },
    });
    expect(articles.totalCount).toBe(2);
    expect(articles.edges.map(({ span, node }: { span: { start: number; end: number }; node: { title: string; text: string } }) => [
      node.title,
      node.text.slice(span.start, span.end),
    ])).toEqual([
      ["Guterres urges ceasefire talks on Ukraine", "the summit in Switzerland"],
      ["Zelensky hails Swiss peace summit", "the Summit on Peace in Ukraine"],
    ]);
    expect(articles.edges[0].extractor).toBe("event.verb-frame");
  });

  it("may have no date, place or country; participants come by name", async () => {
    const { data } = await world.harness.query(fields, { id: globalId("Event", world.ids.events.e6) });
    expect(data.node).toMatchObject({
      type: "CALL",
      date: null,
      place: null,
      country: null,
      participants: { totalCount: 2, edges: [{ node: { name: "Volodymyr Zelensky" } }, { node: { name: "Xi Jinping" } }] },
      statements: { totalCount: 0, edges: [] },
    });
  });
});
