import { describe, expect, it } from "vitest";
import { correctStatementSpeaker } from "../../src/curation/correct-statement-speaker.ts";
import { mergePeople } from "../../src/curation/merge-people.ts";
import type { Db } from "../../src/db/client.ts";
import { extractArticle } from "../../src/extraction/index.ts";
import type { Extractor } from "../../src/ingest/ingest-article.ts";
import { type ArticleOutcome, reprocessArticles } from "../../src/ingest/reprocess.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { ingestNordic, nordicArticles, personNamed, statementSaying } from "../helpers/nordic-articles.ts";
import { countRows } from "./fixtures.ts";

const freshDb = useDatabaseCopies();
const quotas = "Norway would publish new quotas in April";

/** Every row a reprocess may touch, curated ones included. */
async function allRows(db: Db) {
  return { ...(await countRows(db)), speakerCorrections: await db.speakerCorrection.count(), personMerges: await db.personMerge.count() };
}

/** Who said what, per article: what must come out of a reprocess unchanged. */
async function attributions(db: Db) {
  const statements = await db.statement.findMany({ include: { speaker: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }] });
  return statements.map((statement) => [statement.articleId, statement.speaker.name, statement.text]);
}

/** The real extractor, changed for the one article titled `title`. */
function changedFor(title: string, change: (extraction: ReturnType<typeof extractArticle>) => ReturnType<typeof extractArticle>): Extractor {
  return (input) => (input.title === title ? change(extractArticle(input)) : extractArticle(input));
}

describe("reprocessArticles", () => {
  it("replaces every article's facts without duplicating any, run after run", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected", "harbourVisit", "seafoodFair"]);
    const ingested = { rows: await allRows(db), attributions: await attributions(db) };

    const first = await reprocessArticles(db);
    const afterFirst = await allRows(db);
    const second = await reprocessArticles(db);

    expect(afterFirst).toEqual(ingested.rows);
    expect(await allRows(db)).toEqual(ingested.rows);
    expect(await attributions(db)).toEqual(ingested.attributions);
    const facts = { statements: ingested.rows.statements, people: ingested.rows.people, events: ingested.rows.events };
    for (const summary of [first, second]) {
      expect(summary).toEqual({ articles: 4, reprocessed: 4, failures: [], before: facts, after: facts, corrections: { applied: 0, unmatched: 0 } });
    }
  });

  it("takes the articles oldest first, whatever order they were stored in", async () => {
    const db = await freshDb();
    const ids = await ingestNordic(db, ["seafoodFair", "harbourVisit", "fisheriesTalks"]);
    const seen: ArticleOutcome[] = [];

    await reprocessArticles(db, { onArticle: (outcome) => seen.push(outcome) });

    expect(seen.map((outcome) => outcome.articleId)).toEqual([ids.fisheriesTalks, ids.harbourVisit, ids.seafoodFair]);
    expect(seen[0]).toMatchObject({ title: nordicArticles.fisheriesTalks.title, counts: { people: 2, statements: 2 } });
  });

  it("keeps a merge: the merged name, extracted again, is the kept person", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected"]);
    const maria = await personNamed(db, "Maria Lindqvist");
    await mergePeople(db, maria, await personNamed(db, "Marie Lindqvist"));
    const merged = { rows: await allRows(db), attributions: await attributions(db) };

    await reprocessArticles(db);

    expect(await db.person.findFirst({ where: { name: "Marie Lindqvist" } })).toBeNull();
    expect(await db.statement.count({ where: { speakerId: maria } })).toBe(3);
    expect(await allRows(db)).toEqual(merged.rows);
    expect(await attributions(db)).toEqual(merged.attributions);
  });

  it("resolves a later article's use of the merged name to the kept person as it is ingested", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected"]);
    const maria = await personNamed(db, "Maria Lindqvist");
    await mergePeople(db, maria, await personNamed(db, "Marie Lindqvist"));
    const people = await db.person.count();

    const { seafoodFair } = await ingestNordic(db, ["seafoodFair"]);

    expect(await db.person.count()).toBe(people);
    expect(await db.statement.findFirstOrThrow({ where: { articleId: seafoodFair } })).toMatchObject({ speakerId: maria });
  });

  it("resolves a later article's use of the merged name to the kept person once reprocessed", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected"]);
    const maria = await personNamed(db, "Maria Lindqvist");
    await mergePeople(db, maria, await personNamed(db, "Marie Lindqvist"));
    const { seafoodFair } = await ingestNordic(db, ["seafoodFair"]);

    await reprocessArticles(db);

    expect(await db.person.findFirst({ where: { name: "Marie Lindqvist" } })).toBeNull();
    expect(await db.statement.findFirstOrThrow({ where: { articleId: seafoodFair } })).toMatchObject({ speakerId: maria });
  });

  it.each<[string, Extractor, { applied: number; unmatched: number }, string]>([
    // The extractor finds the statement where it was.
    ["at the same span", extractArticle, { applied: 1, unmatched: 0 }, "Maria Lindqvist"],
    // The extractor now cuts the span one character longer: found by its text.
    [
      "by its text when the span moved",
      changedFor(nordicArticles.fisheriesTalks.title, (extraction) => ({
        ...extraction,
        statements: extraction.statements.map((statement) => ({
          ...statement,
          provenance: { ...statement.provenance, span: { ...statement.provenance.span, end: statement.provenance.span.end + 1 } },
        })),
      })),
      { applied: 1, unmatched: 0 },
      "Maria Lindqvist",
    ],
    // The extractor no longer finds the statement: the correction waits, unapplied.
    [
      "nowhere when the statement is gone",
      changedFor(nordicArticles.fisheriesTalks.title, (extraction) => ({
        ...extraction,
        statements: extraction.statements.filter((statement) => statement.text !== quotas),
      })),
      { applied: 0, unmatched: 1 },
      "",
    ],
  ])("applies a speaker correction again to the statement found %s", async (_case, extract, corrections, speaker) => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "harbourVisit"]);
    await correctStatementSpeaker(db, await statementSaying(db, quotas), await personNamed(db, "Maria Lindqvist"));

    const summary = await reprocessArticles(db, { extract });

    expect(summary.corrections).toEqual(corrections);
    const statement = await db.statement.findFirst({ where: { text: quotas }, include: { speaker: true } });
    expect(statement?.speaker.name ?? "").toBe(speaker);
    expect(await db.speakerCorrection.count()).toBe(1);
  });

  it.each<[string, Extractor, RegExp]>([
    // The extractor itself fails on one article.
    [
      "the extractor throws",
      changedFor(nordicArticles.dealExpected.title, () => {
        throw new Error("the tagger choked");
      }),
      /^the tagger choked$/,
    ],
    // The extraction cannot be stored: its old facts were already deleted inside the transaction.
    [
      "the new facts cannot be stored",
      changedFor(nordicArticles.dealExpected.title, (extraction) => ({
        ...extraction,
        statements: extraction.statements.map((statement) => ({ ...statement, provenance: { ...statement.provenance, span: { start: 0, end: 99_999 } } })),
      })),
      /^The span 0\.\.99999 of statement .* lies outside the article's text$/,
    ],
  ])("leaves an article whose reprocessing fails as it was, and goes on with the others: %s", async (_case, extract, reason) => {
    const db = await freshDb();
    const ids = await ingestNordic(db, ["fisheriesTalks", "dealExpected", "harbourVisit"]);
    const statementsOf = async (articleId: number) => db.statement.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    const [failing, other] = [await statementsOf(ids.dealExpected), await statementsOf(ids.harbourVisit)];

    const summary = await reprocessArticles(db, { extract });

    expect(summary).toMatchObject({ articles: 3, reprocessed: 2 });
    expect(summary.failures).toEqual([{ articleId: ids.dealExpected, title: nordicArticles.dealExpected.title, error: expect.stringMatching(reason) }]);
    expect(await statementsOf(ids.dealExpected)).toEqual(failing);
    expect(await db.personMention.count({ where: { articleId: ids.dealExpected } })).toBe(1);
    // The others were rewritten: same facts, new rows.
    const rewritten = await statementsOf(ids.harbourVisit);
    expect(rewritten.map((statement) => statement.text)).toEqual(other.map((statement) => statement.text));
    expect(rewritten.map((statement) => statement.id)).not.toEqual(other.map((statement) => statement.id));
  });
});
