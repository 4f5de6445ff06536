import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { type EventSketch, type Someone, sketchedReport } from "./fixtures.ts";

// Each test starts from an empty database: a copy of one migrated template, not a migration per test.
const freshDb = useDatabaseCopies();
let db: Db;
beforeEach(async () => {
  db = await freshDb();
});

/** Ingests a sketched report (./fixtures.ts) naming `people`. */
async function ingestReport(db: Db, people: Someone[], events: EventSketch[] = [], publishedAt = "2024-07-10") {
  const { input, extraction } = sketchedReport(people, events, publishedAt);
  return ingestArticle(db, input, () => extraction);
}

async function storedPeople(db: Db) {
  const people = await db.person.findMany({ include: { aliases: true, _count: { select: { mentions: true } } }, orderBy: { name: "asc" } });
  return people.map((person) => ({
    name: person.name,
    aliases: person.aliases.map((alias) => alias.alias).sort(),
    articles: person._count.mentions,
  }));
}

describe("people across articles", () => {
  it.each<[Someone[], Someone[], { name: string; aliases: string[]; articles: number }[]]>([
    [
      [{ name: "Lloyd Austin", country: "US" }],
      [{ name: "Austin" }], // surname alone links to the one full name
      [{ name: "Lloyd Austin", aliases: ["Austin"], articles: 2 }],
    ],
    [
      [{ name: "Putin" }],
      [{ name: "Vladimir Putin", aliases: ["Putin"], country: "RU" }], // a full name upgrades the stored short name, keeping it as an alias
      [{ name: "Vladimir Putin", aliases: ["Putin"], articles: 2 }],
    ],
    [
      [{ name: "Ursula von der Leyen" }],
      [{ name: "Von der Léyen" }], // particles and an accent in the surname
      [{ name: "Ursula von der Leyen", aliases: ["Von der Léyen"], articles: 2 }],
    ],
    [
      [{ name: "Fumio Kishida" }, { name: "Yuko Kishida" }],
      [{ name: "Kishida" }], // two people share the surname: no link
      [
        { name: "Fumio Kishida", aliases: [], articles: 1 },
        { name: "Kishida", aliases: [], articles: 1 },
        { name: "Yuko Kishida", aliases: [], articles: 1 },
      ],
    ],
    [
      [{ name: "Joe Biden", aliases: ["Biden"], country: "US" }],
      [{ name: "Hunter Biden", aliases: ["Biden"], country: "US" }], // conflicting given names
      [
        { name: "Hunter Biden", aliases: ["Biden"], articles: 1 },
        { name: "Joe Biden", aliases: ["Biden"], articles: 1 },
      ],
    ],
    [
      [{ name: "David Cameron", country: "GB" }],
      [{ name: "Cameron", country: "US" }], // different countries
      [
        { name: "Cameron", aliases: [], articles: 1 },
        { name: "David Cameron", aliases: [], articles: 1 },
      ],
    ],
    [
      [{ name: "Zelensky" }],
      [{ name: "Volodymyr Zelensky" }, { name: "Olena Zelensky" }], // two of the article's people fit the stored short name: neither takes it
      [
        { name: "Olena Zelensky", aliases: [], articles: 1 },
        { name: "Volodymyr Zelensky", aliases: [], articles: 1 },
        { name: "Zelensky", aliases: [], articles: 1 },
      ],
    ],
  ])("%j then %j", async (first, second, expected) => {
    await ingestReport(db, first);
    await ingestReport(db, second);
    expect(await storedPeople(db)).toEqual(expected);
  });

  it("links a later article to the person a merge kept, through the merged name recorded as an alias", async () => {
    await ingestReport(db, [{ name: "Antony Blinken", country: "US" }]);
    // What merging "Tony Blinken" into him leaves behind.
    const kept = await db.person.findUniqueOrThrow({ where: { normalizedName: "antony blinken" } });
    await db.personAlias.create({ data: { personId: kept.id, alias: "Tony Blinken", normalizedAlias: "tony blinken" } });

    await ingestReport(db, [{ name: "Tony Blinken" }]);

    expect(await storedPeople(db)).toEqual([{ name: "Antony Blinken", aliases: ["Tony Blinken"], articles: 2 }]);
  });
});

describe("events across articles", () => {
  const talks: EventSketch = { type: "talks", date: "2024-07-08", participants: ["Vladimir Putin", "Narendra Modi"], place: "Moscow", country: "RU" };
  const people = [{ name: "Vladimir Putin" }, { name: "Narendra Modi" }, { name: "Xi Jinping" }];

  it.each<[EventSketch, number]>([
    [talks, 1], // the same event, told again
    [{ ...talks, date: "2024-07-09", participants: ["Narendra Modi"] }, 1], // a day later, naming one of the participants
    [{ ...talks, participants: ["Narendra Modi", "Xi Jinping"] }, 2], // one person in common, each with someone else
    [{ ...talks, type: "meeting" }, 2], // another type
    [{ ...talks, date: "2024-07-10" }, 2], // two days apart
    [{ ...talks, participants: ["Xi Jinping"] }, 2], // disjoint participants
    [{ ...talks, date: null }, 2], // no date given
  ])("%# stores %j beside the first report as %i event(s)", async (second, events) => {
    await ingestReport(db, people, [talks]);
    await ingestReport(db, people, [second]);

    expect(await db.event.count()).toBe(events);
    expect(await db.eventMention.count()).toBe(2);
  });

  it("adds the new article's mention and participants to the stored event, fills its place, keeps its title", async () => {
    const first = await ingestReport(db, people, [{ ...talks, title: "Talks in Moscow", place: null, country: null, participants: ["Vladimir Putin"] }]);
    const second = await ingestReport(db, people, [{ ...talks, date: "2024-07-09", title: "Another title" }]);

    const event = await db.event.findFirstOrThrow({
      include: { participants: { include: { person: true } }, mentions: true, statements: true },
    });
    expect(event).toMatchObject({ type: "talks", title: "Talks in Moscow", place: "Moscow", countryCode: "RU" });
    expect(event.date?.toISOString()).toBe("2024-07-08T00:00:00.000Z");
    expect(event.participants.map((participant) => participant.person.name).sort()).toEqual(["Narendra Modi", "Vladimir Putin"]);
    expect(event.mentions.map((mention) => mention.articleId)).toEqual([first.article.id, second.article.id]);
    expect(event.statements.map((statement) => statement.articleId)).toEqual([first.article.id, second.article.id]);
    expect(second.counts.events).toBe(1);
  });

  it("keeps one mention when an article tells of the same event twice, and attaches both statements to it", async () => {
    const again = { ...talks, date: "2024-07-09", participants: ["Narendra Modi", "Vladimir Putin", "Xi Jinping"] };
    const result = await ingestReport(db, people, [talks, again]);

    const event = await db.event.findFirstOrThrow({ include: { participants: true, mentions: true, statements: true } });
    expect(await db.event.count()).toBe(1);
    expect(event.mentions).toHaveLength(1);
    expect(event.participants).toHaveLength(3);
    expect(event.statements).toHaveLength(2);
    expect(result.counts.events).toBe(1);
  });
});
