import { describe, expect, it } from "vitest";
import { correctStatementSpeaker } from "../../src/curation/correct-statement-speaker.ts";
import { CurationError } from "../../src/curation/curation-error.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { ingestNordic, personNamed, statementSaying } from "../helpers/nordic-articles.ts";
import { countRows } from "../ingest/fixtures.ts";

const freshDb = useDatabaseCopies();
const quotas = "Norway would publish new quotas in April";

describe("correctStatementSpeaker", () => {
  it("gives the statement its new speaker and records the correction against its article and span", async () => {
    const db = await freshDb();
    const { fisheriesTalks } = await ingestNordic(db, ["fisheriesTalks"]);
    const [maria, tomas, statementId] = [await personNamed(db, "Maria Lindqvist"), await personNamed(db, "Tomas Berglund"), await statementSaying(db, quotas)];

    const corrected = await correctStatementSpeaker(db, statementId, maria);

    expect(corrected).toMatchObject({ id: statementId, speakerId: maria });
    expect(await db.statement.findUniqueOrThrow({ where: { id: statementId } })).toMatchObject({ speakerId: maria });
    expect(await db.speakerCorrection.findMany({ select: { articleId: true, start: true, end: true, text: true, speakerId: true } })).toEqual([
      { articleId: fisheriesTalks, start: corrected.start, end: corrected.end, text: quotas, speakerId: maria },
    ]);
    // Still named in the article: the previous speaker stays.
    expect(await db.person.findUnique({ where: { id: tomas } })).not.toBeNull();
  });

  it("keeps one correction per statement, the latest", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "harbourVisit"]);
    const statementId = await statementSaying(db, quotas);

    await correctStatementSpeaker(db, statementId, await personNamed(db, "Maria Lindqvist"));
    await correctStatementSpeaker(db, statementId, await personNamed(db, "Tomas Berglund"));

    expect(await db.speakerCorrection.findMany({ select: { speakerId: true } })).toEqual([{ speakerId: await personNamed(db, "Tomas Berglund") }]);
  });

  it("deletes the previous speaker when that statement was all that supported them", async () => {
    const db = await freshDb();
    const { fisheriesTalks } = await ingestNordic(db, ["fisheriesTalks"]);
    // A speaker the article never names, as a wrong attribution might leave behind.
    const stray = await db.person.create({ data: { name: "Stray Speaker", normalizedName: "stray speaker" } });
    const statementId = await statementSaying(db, quotas);
    await db.statement.update({ where: { id: statementId }, data: { speakerId: stray.id } });

    await correctStatementSpeaker(db, statementId, await personNamed(db, "Tomas Berglund"));

    expect(await db.person.findUnique({ where: { id: stray.id } })).toBeNull();
    expect(await db.personMention.count({ where: { articleId: fisheriesTalks } })).toBe(2);
  });

  it.each([
    // No such statement.
    ["an unknown statement", "statement", /^No statement has id 9999$/],
    // No such person.
    ["an unknown speaker", "speaker", /^No person has id 9999$/],
  ])("refuses %s and changes nothing", async (_case, unknown, message) => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks"]);
    const statementId = await statementSaying(db, quotas);
    const speakerId = await personNamed(db, "Maria Lindqvist");
    const before = await countRows(db);

    const refused = correctStatementSpeaker(db, unknown === "statement" ? 9999 : statementId, unknown === "speaker" ? 9999 : speakerId);

    await expect(refused).rejects.toThrow(CurationError);
    await expect(refused).rejects.toThrow(message);
    expect(await countRows(db)).toEqual(before);
    expect(await db.speakerCorrection.count()).toBe(0);
    expect(await db.statement.findUniqueOrThrow({ where: { id: statementId } })).toMatchObject({ speakerId: await personNamed(db, "Tomas Berglund") });
  });
});
