import { describe, expect, it } from "vitest";
import { correctStatementSpeaker } from "../../src/curation/correct-statement-speaker.ts";
import { CurationError } from "../../src/curation/curation-error.ts";
import { mergePeople } from "../../src/curation/merge-people.ts";
import type { Db } from "../../src/db/client.ts";
import type { Extraction, PersonFact } from "../../src/extraction/types.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { useDatabaseCopies } from "../helpers/database-copies.ts";
import { ingestNordic, personNamed, statementSaying } from "../helpers/nordic-articles.ts";
import { countRows } from "../ingest/fixtures.ts";

const freshDb = useDatabaseCopies();

const article = {
  title: "Lindqvist in Malmo",
  text: "Maria Lindqvist arrived in Malmo. Marie Lindqvist then spoke, and Minister Lindqvist left.\n",
  publishedAt: "2024-04-02",
};

/** A person named at the given words, in order; "title:" marks words in the title. */
function person(name: string, surfaces: string[], confidence: number, extra: Partial<PersonFact> = {}): PersonFact {
  const from = { text: 0, title: 0 };
  const mentions = surfaces.map((surface) => {
    const inTitle = surface.startsWith("title:");
    const words = surface.replace(/^title:/, "");
    const where = inTitle ? "title" : "text";
    const start = article[where].indexOf(words, from[where]);
    if (start === -1) throw new Error(`"${words}" is not in the article's ${where}`);
    from[where] = start + words.length;
    return { start, end: start + words.length, inTitle, surface: words };
  });
  const { start, end, inTitle } = mentions[0]!;
  return {
    name,
    aliases: [],
    role: null,
    country: null,
    mentions,
    provenance: { span: { start, end }, inTitle, confidence, extractor: `test.${name.split(" ")[0]!.toLowerCase()}` },
    ...extra,
  };
}

/** Stores the Malmo article with exactly these people (and, if asked, one event both attend). */
async function storeMalmo(db: Db, people: PersonFact[], withEvent = false) {
  const extraction: Extraction = {
    people,
    countries: [],
    statements: [],
    events: withEvent
      ? [
          {
            type: "meeting",
            title: "Meeting in Malmo",
            participants: people.map((fact) => fact.name),
            place: "Malmo",
            country: null,
            date: null,
            provenance: { span: { start: 0, end: 15 }, inTitle: false, confidence: 0.5, extractor: "test.event" },
          },
        ]
      : [],
  };
  await ingestArticle(db, article, () => extraction);
  return { maria: await personNamed(db, "Maria Lindqvist"), marie: await personNamed(db, "Marie Lindqvist") };
}

describe("mergePeople", () => {
  it("moves the merged person's mentions, statements, events and names to the kept person, then deletes them", async () => {
    const db = await freshDb();
    const ids = await ingestNordic(db, ["fisheriesTalks", "dealExpected"]);
    const [maria, marie] = [await personNamed(db, "Maria Lindqvist"), await personNamed(db, "Marie Lindqvist")];
    const marieEvents = await db.eventParticipant.findMany({ where: { personId: marie } });

    const kept = await mergePeople(db, maria, marie);

    expect(kept).toMatchObject({ id: maria, name: "Maria Lindqvist" });
    expect(await db.person.findUnique({ where: { id: marie } })).toBeNull();
    const stored = await db.person.findUniqueOrThrow({
      where: { id: maria },
      include: { aliases: true, mentions: true, statements: true, participations: true },
    });
    expect(stored.mentions.map((mention) => mention.articleId).sort()).toEqual([ids.fisheriesTalks, ids.dealExpected].sort());
    expect(stored.statements.map((statement) => statement.text)).toEqual(
      expect.arrayContaining(["We expect an agreement before the summer", "Our fleets share the same waters and the same worries"]),
    );
    expect(stored.participations.map((row) => row.eventId)).toEqual(expect.arrayContaining(marieEvents.map((row) => row.eventId)));
    // Both were "Lindqvist" for short: the alias is kept once.
    expect(stored.aliases.map((alias) => alias.alias).sort()).toEqual(["Lindqvist", "Marie Lindqvist"]);
    expect(await db.personMerge.findMany({ select: { normalizedName: true, personId: true } })).toEqual([
      { normalizedName: "marie lindqvist", personId: maria },
    ]);
  });

  it.each([
    // Maria is named late in the body (and in the title): Marie's earlier span is kept.
    ["the merged person is named first", ["Minister Lindqvist", "title:Lindqvist"], ["Marie Lindqvist"], [0.6, 0.9], { words: "Marie Lindqvist", count: 3, confidence: 0.9, extractor: "test.marie" }],
    // Maria's own first mention is the earliest.
    ["the kept person is named first", ["Maria Lindqvist"], ["Marie Lindqvist"], [0.8, 0.4], { words: "Maria Lindqvist", count: 2, confidence: 0.8, extractor: "test.maria" }],
    // Marie is named in the title only: a mention in the body is the better evidence.
    ["a body mention beats one in the title", ["Minister Lindqvist"], ["title:Lindqvist"], [0.5, 0.7], { words: "Minister Lindqvist", count: 2, confidence: 0.7, extractor: "test.maria" }],
  ])("makes one mention row where both are named in one article: %s", async (_case, keepSurfaces, mergeSurfaces, [keepConfidence, mergeConfidence], expected) => {
    const db = await freshDb();
    const { maria, marie } = await storeMalmo(db, [
      person("Maria Lindqvist", keepSurfaces, keepConfidence!),
      person("Marie Lindqvist", mergeSurfaces, mergeConfidence!),
    ]);

    await mergePeople(db, maria, marie);

    const { words, ...combined } = expected;
    const start = article.text.indexOf(words);
    expect(await db.personMention.findMany()).toEqual([
      expect.objectContaining({ personId: maria, start, end: start + words.length, inTitle: false, ...combined }),
    ]);
  });

  it("keeps one participation when both took part in the same event", async () => {
    const db = await freshDb();
    const { maria, marie } = await storeMalmo(db, [person("Maria Lindqvist", ["Maria Lindqvist"], 0.9), person("Marie Lindqvist", ["Marie Lindqvist"], 0.9)], true);

    await mergePeople(db, maria, marie);

    expect(await db.eventParticipant.findMany({ select: { personId: true } })).toEqual([{ personId: maria }]);
  });

  it.each([
    // Nothing known of the kept person: both come from the other.
    ["both missing", { role: null, country: null }, { role: "Trade Minister", country: "SE" }, { role: "Trade Minister", countryCode: "SE" }],
    // What the kept person has stays theirs.
    ["both known", { role: "Minister", country: "SE" }, { role: "Trade Minister", country: "NO" }, { role: "Minister", countryCode: "SE" }],
    // Only the missing one is filled.
    ["the country missing", { role: "Minister", country: null }, { role: "Trade Minister", country: "SE" }, { role: "Minister", countryCode: "SE" }],
  ])("fills the kept person's role and country where missing: %s", async (_case, keepFacts, mergeFacts, expected) => {
    const db = await freshDb();
    const { maria, marie } = await storeMalmo(db, [
      person("Maria Lindqvist", ["Maria Lindqvist"], 0.9, keepFacts),
      person("Marie Lindqvist", ["Marie Lindqvist"], 0.9, mergeFacts),
    ]);

    await mergePeople(db, maria, marie);

    expect(await db.person.findUniqueOrThrow({ where: { id: maria } })).toMatchObject(expected);
  });

  it("moves speaker corrections and earlier merges over to the kept person", async () => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected", "harbourVisit"]);
    const maria = await personNamed(db, "Maria Lindqvist");
    const marie = await personNamed(db, "Marie Lindqvist");
    const tomas = await personNamed(db, "Tomas Berglund");
    await correctStatementSpeaker(db, await statementSaying(db, "Norway would publish new quotas in April"), marie);
    await mergePeople(db, marie, tomas);

    await mergePeople(db, maria, marie);

    expect(await db.speakerCorrection.findMany({ select: { speakerId: true } })).toEqual([{ speakerId: maria }]);
    expect(await db.personMerge.findMany({ select: { normalizedName: true, personId: true }, orderBy: { normalizedName: "asc" } })).toEqual([
      { normalizedName: "marie lindqvist", personId: maria },
      { normalizedName: "tomas berglund", personId: maria },
    ]);
  });

  it.each([
    // The same person twice.
    ["themselves", (ids: { maria: number }) => [ids.maria, ids.maria], /^Person \d+ cannot be merged with themselves$/],
    // No such person to keep.
    ["an unknown kept person", (ids: { marie: number }) => [9999, ids.marie], /^No person has id 9999$/],
    // No such person to merge.
    ["an unknown merged person", (ids: { maria: number }) => [ids.maria, 9999], /^No person has id 9999$/],
  ])("refuses to merge %s and changes nothing", async (_case, pick, message) => {
    const db = await freshDb();
    await ingestNordic(db, ["fisheriesTalks", "dealExpected"]);
    const ids = { maria: await personNamed(db, "Maria Lindqvist"), marie: await personNamed(db, "Marie Lindqvist") };
    const before = await countRows(db);
    const [keep, merge] = pick(ids) as [number, number];

    const refused = mergePeople(db, keep, merge);

    await expect(refused).rejects.toThrow(CurationError);
    await expect(refused).rejects.toThrow(message);
    expect(await countRows(db)).toEqual(before);
    expect(await db.personMerge.count()).toBe(0);
  });
});
