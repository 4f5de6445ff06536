import { describe, expect, it } from "vitest";
import type { FixtureIds } from "../helpers/fixtures.ts";
import { globalId, nodeIds, useFixtureWorld, withPersonId } from "../helpers/graphql.ts";

const world = useFixtureWorld();

type StatementKey = keyof FixtureIds["statements"];

describe("statements", () => {
  // Newest first; on the same day, one article's statements in reading order.
  const all: StatementKey[] = ["s9", "s8", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s10"];

  it.each([
    [{}, all], // everything
    [{ speaker: "xi" }, ["s1", "s3", "s10"]], // one speaker
    [{ country: "cn" }, ["s1", "s3", "s10"]], // the speaker's country, any-case code
    [{ country: "RU" }, ["s2"]], // Putin only: statements that merely mention Russia do not count
    [{ kind: "REPORTED" }, ["s9", "s2", "s4", "s10"]], // reported speech
    [{ from: "2024-03-26", to: "2024-04-26" }, ["s3", "s4", "s5", "s6"]], // both ends inclusive
    [{ country: "BR", kind: "DIRECT" }, ["s6", "s7"]], // filters combine
    [{ speaker: "guterres", kind: "DIRECT" }, []], // nothing matches both
  ])("filters by %j", async (filter: Record<string, string>, expected) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($speaker: ID, $country: String, $from: Date, $to: Date, $kind: StatementKind) {
        statements(speaker: $speaker, country: $country, from: $from, to: $to, kind: $kind) { totalCount edges { node { id } } }
      }`,
      withPersonId(world.ids, filter, "speaker"),
    );
    expect(errors).toBeUndefined();
    expect(nodeIds(data.statements)).toEqual(
      expected.map((key) => globalId("Statement", world.ids.statements[key as StatementKey])),
    );
    expect(data.statements.totalCount).toBe(expected.length);
  });
});

describe("Statement", () => {
  const fields = /* GraphQL */ `
    query ($id: ID!) {
      node(id: $id) {
        ... on Statement {
          text kind date confidence extractor
          span { start end inTitle }
          speaker { name }
          article { title text }
          event { title }
          mentionedCountries { totalCount edges { node { name } } }
        }
      }
    }
  `;

  it("has its speaker, article, event, provenance and the countries it names", async () => {
    const { data } = await world.harness.query(fields, { id: globalId("Statement", world.ids.statements.s3) });
    const { article, span, ...statement } = data.node;
    expect(statement).toEqual({
      text: "China and the United States should be partners, not rivals",
      kind: "DIRECT",
      date: "2024-04-26",
      confidence: 0.9,
      extractor: "quote.said-after",
      speaker: { name: "Xi Jinping" },
      event: { title: "meeting between Antony Blinken and Xi Jinping in Beijing" },
      mentionedCountries: { totalCount: 2, edges: [{ node: { name: "China" } }, { node: { name: "United States" } }] },
    });
    expect(article.title).toBe("Blinken meets Xi, warns over support for Russia's war");
    expect(span.inTitle).toBe(false);
    expect(article.text.slice(span.start, span.end)).toBe(statement.text);
  });

  it("keeps the day it was said, which can precede the article", async () => {
    const { data } = await world.harness.query(fields, { id: globalId("Statement", world.ids.statements.s5) });
    expect(data.node.date).toBe("2024-03-26");
    expect(data.node.article.title).toBe("Macron and Lula unveil Amazon plan in Belém");
  });

  it("may have no event and name no country", async () => {
    const guterres = await world.harness.query(fields, { id: globalId("Statement", world.ids.statements.s9) });
    expect(guterres.data.node).toMatchObject({ kind: "REPORTED", confidence: 0.7, event: null });
    const zelensky = await world.harness.query(fields, { id: globalId("Statement", world.ids.statements.s8) });
    expect(zelensky.data.node.mentionedCountries).toEqual({ totalCount: 0, edges: [] });
  });
});
