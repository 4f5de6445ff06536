import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

// Two reports of one meeting, through the real extractor. The first names
// "Russian President Vladimir Putin" and dates the meeting Monday 8 July; the
// second, a day later, says only "President Putin" and dates it Tuesday.
const fullNameReport = {
  title: "Putin welcomes Modi to Moscow",
  text:
    "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow on Monday. " +
    "The two leaders discussed oil supplies and trade, the Kremlin said.\n\n" +
    "\"India and Russia have been friends for a long time,\" Modi said after the meeting.\n",
  publishedAt: "2024-07-09",
};
const shortNameReport = {
  title: "Modi and Putin discuss oil at Kremlin",
  text:
    "President Putin held a meeting with Prime Minister Narendra Modi of India in Moscow on Tuesday, Indian officials said.\n\n" +
    "Putin told reporters that Russia would keep selling oil to India.\n",
  publishedAt: "2024-07-10",
};

const overview = /* GraphQL */ `
  {
    putin: person(name: "Putin") {
      name aliases
      articles { totalCount }
      statements { totalCount }
      events { totalCount edges { node { type title articles { totalCount edges { node { title } } } participants { totalCount } } } }
    }
    modi: person(name: "narendra modi") { articles { totalCount } }
    people { totalCount }
    events { totalCount }
    india: country(code: "IN") { articles { totalCount } }
    russia: country(code: "RU") { articles { totalCount } }
  }
`;

// The event keeps the title the first report gave it.
describe.each([
  // "Putin" links to the stored "Vladimir Putin"
  ["the full name first", [fullNameReport, shortNameReport], "Meeting between Vladimir Putin and Narendra Modi in Moscow"],
  // "Vladimir Putin" upgrades the stored "Putin"
  ["the short name first", [shortNameReport, fullNameReport], "Meeting between Putin and Narendra Modi in Moscow"],
])("two articles on one meeting, %s", (_order, reports, eventTitle) => {
  let harness: GraphqlHarness;
  beforeAll(async () => {
    harness = await createGraphqlHarness(async (db: Db) => {
      for (const report of reports) await ingestArticle(db, report);
    });
  });
  afterAll(() => harness.dispose());

  it("give one person and one event, each linked to both articles", async () => {
    const { data, errors } = await harness.query(overview);

    expect(errors).toBeUndefined();
    const [meeting] = data.putin.events.edges;
    expect(data.putin).toMatchObject({ name: "Vladimir Putin", aliases: ["Putin"], articles: { totalCount: 2 }, statements: { totalCount: 1 } });
    expect(data.putin.events.totalCount).toBe(1);
    expect(meeting.node).toMatchObject({ type: "MEETING", participants: { totalCount: 2 }, articles: { totalCount: 2 } });
    expect(meeting.node.articles.edges.map((edge: { node: { title: string } }) => edge.node.title).sort()).toEqual(
      [fullNameReport.title, shortNameReport.title].sort(),
    );
    expect(meeting.node.title).toBe(eventTitle);
  });

  it("count mentions of people and countries across both articles", async () => {
    const { data } = await harness.query(overview);

    expect(data.modi.articles.totalCount).toBe(2);
    expect(data.people.totalCount).toBe(2);
    expect(data.events.totalCount).toBe(1);
    expect(data.india.articles.totalCount).toBe(2);
    expect(data.russia.articles.totalCount).toBe(2);
  });
});
