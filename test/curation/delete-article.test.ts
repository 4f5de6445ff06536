import { describe, expect, it } from "vitest";
import { correctStatementSpeaker } from "../../src/curation/correct-statement-speaker.ts";
import { CurationError } from "../../src/curation/curation-error.ts";
import { deleteArticle } from "../../src/curation/delete-article.ts";
import type { Db } from "../../src/db/client.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { ingestNordic, type NordicArticle, personNamed, statementSaying } from "../helpers/nordic-articles.ts";
import { countRows } from "../ingest/fixtures.ts";

const freshDb = useDatabaseCopies();
const all: NordicArticle[] = ["fisheriesTalks", "dealExpected", "harbourVisit"];

const names = async (db: Db) => (await db.person.findMany({ orderBy: { name: "asc" } })).map((person) => person.name);

describe("deleteArticle", () => {
  it.each<[string, NordicArticle, string[]]>([
    // Marie Lindqvist is named only there: she goes with it.
    ["the only article naming someone", "dealExpected", ["Maria Lindqvist", "Tomas Berglund"]],
    // Tomas Berglund is also named in Bergen; Maria Lindqvist only here.
    ["an article sharing a person with another", "fisheriesTalks", ["Marie Lindqvist", "Tomas Berglund"]],
  ])("deletes %s with its facts and the people only it supported", async (_case, deleted, remaining) => {
    const db = await freshDb();
    const ids = await ingestNordic(db, all);
    const own = await db.article.findUniqueOrThrow({
      where: { id: ids[deleted] },
      select: { _count: { select: { statements: true, personMentions: true, countryMentions: true, eventMentions: true } } },
    });
    const before = await countRows(db);

    const removed = await deleteArticle(db, ids[deleted]);

    expect(removed).toEqual({
      articleId: ids[deleted],
      title: expect.any(String),
      ...own._count,
      speakerCorrections: 0,
      people: before.people - remaining.length,
      events: own._count.eventMentions,
    });
    expect(await db.article.findUnique({ where: { id: ids[deleted] } })).toBeNull();
    expect(await names(db)).toEqual(remaining);
    expect(await countRows(db)).toMatchObject({
      articles: 2,
      statements: before.statements - own._count.statements,
      events: before.events - own._count.eventMentions,
    });
  });

  it("keeps an event that another article also reports", async () => {
    const db = await freshDb();
    const ids = await ingestNordic(db, all);
    const meeting = await db.eventMention.findFirstOrThrow({ where: { articleId: ids.fisheriesTalks } });
    await db.eventMention.create({ data: { eventId: meeting.eventId, articleId: ids.harbourVisit, start: 0, end: 6, confidence: 0.5, extractor: "test.shared" } });

    const removed = await deleteArticle(db, ids.fisheriesTalks);

    expect(await db.event.findUnique({ where: { id: meeting.eventId } })).not.toBeNull();
    expect(removed.events).toBe(0);
    // Maria Lindqvist took part in that meeting, which still stands: she stays with it.
    expect(await names(db)).toEqual(["Maria Lindqvist", "Marie Lindqvist", "Tomas Berglund"]);
  });

  it("deletes the article's speaker corrections with it", async () => {
    const db = await freshDb();
    const ids = await ingestNordic(db, all);
    await correctStatementSpeaker(db, await statementSaying(db, "Norway would publish new quotas in April"), await personNamed(db, "Marie Lindqvist"));

    const removed = await deleteArticle(db, ids.fisheriesTalks);

    expect(removed.speakerCorrections).toBe(1);
    expect(await db.speakerCorrection.count()).toBe(0);
  });

  it("refuses an unknown article and changes nothing", async () => {
    const db = await freshDb();
    await ingestNordic(db, all);
    const before = await countRows(db);

    const refused = deleteArticle(db, 9999);

    await expect(refused).rejects.toThrow(CurationError);
    await expect(refused).rejects.toThrow(/^No article has id 9999$/);
    expect(await countRows(db)).toEqual(before);
  });
});
