import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/index.ts";
import type { Extraction, Span } from "../../src/extraction/types.ts";
import { fuzzParameters, fuzzTimeout } from "../helpers/fuzz.ts";

// Pieces of news prose, so that the generator reaches the rules (names, titles, quotes, dates,
// places) rather than only the tokenizer, mixed with what real text never holds.
const newsPieces = [
  "President Xi Jinping", "Vladimir Putin", "Chancellor Olaf Scholz", "Prime Minister", "Mr. Biden", "he", "she",
  "said", "told reporters", "according to", "added:", "met", "visited", "held talks with", "in Beijing", "in Kyiv",
  "on Monday", "last week", "on 3 March", "in 2024", "China", "Ukraine", "the United States", "summit", "call",
  '"', "“", "”", "«", "»", "„", "'", ",", ".", ":", ";", "—", "(", ")", "\n", "\n\n", " ",
];
const strangeText = [
  fc.string({ unit: "binary", maxLength: 200 }), // any code point, lone surrogates included
  fc.string({ unit: "grapheme", maxLength: 200 }), // composed characters, emoji sequences
  fc.stringMatching(/^[\p{P}\p{S}\s]{0,200}$/u), // punctuation and symbols only
  fc.constantFrom("قال الرئيس \"السلام ممكن\" في القاهرة", "אמר ראש הממשלה \"נמשיך\"", "習近平主席は「協力」と述べた", "Путин заявил: «Нет»"), // right-to-left and other scripts
];
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...newsPieces) }, ...strangeText);
const prose = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(" "));
// One line of 100,000 characters: a long unclosed quote, or words without a full stop.
const longLine = fc
  .tuple(fc.constantFrom('Xi said "', "Putin met ", "«", ""), fc.constantFrom("peace ", "a", "Xi Jinping ", "“"))
  .map(([start, filler]) => (start + filler.repeat(100_000)).slice(0, 100_000));
const publishedAt = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const isRealDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/** What every extraction must hold, whatever the text. */
function checkInvariants(title: string, text: string, extraction: Extraction): void {
  const slice = ({ start, end }: Span, inTitle: boolean) => {
    const source = inTitle ? title : text;
    expect(0 <= start && start < end && end <= source.length, `span ${start}-${end} in ${source.length} characters`).toBe(true);
    return source.slice(start, end);
  };
  const provenances = [...extraction.people, ...extraction.countries, ...extraction.statements, ...extraction.events].map((fact) => fact.provenance);
  for (const { span, inTitle, confidence } of provenances) {
    slice(span, inTitle);
    expect(confidence > 0 && confidence <= 1).toBe(true);
  }
  // A name's surface is its words joined by single spaces; a country's is the text as it is.
  const words = (text: string) => text.split(/\s+/).join(" ");
  for (const mention of extraction.people.flatMap((person) => person.mentions)) {
    expect(words(slice(mention, mention.inTitle))).toBe(words(mention.surface));
  }
  for (const mention of extraction.countries.flatMap((country) => country.mentions)) {
    expect(slice(mention, mention.inTitle)).toBe(mention.surface);
  }
  const names = new Set(extraction.people.map((person) => person.name));
  for (const statement of extraction.statements) {
    expect(names).toContain(statement.speaker);
    expect(statement.event === null || extraction.events[statement.event] !== undefined).toBe(true);
  }
  for (const event of extraction.events) for (const participant of event.participants) expect(names).toContain(participant);
  for (const date of [...extraction.statements, ...extraction.events].map((fact) => fact.date)) {
    if (date !== null) expect(isRealDate(date), date).toBe(true);
  }
}

describe("extractArticle on arbitrary text", () => {
  it("never throws, and its spans, speakers and dates hold", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(prose, prose, publishedAt, (title, text, date) => {
        checkInvariants(title, text, extractArticle({ title, text, publishedAt: date }));
      }),
      fuzzParameters(300),
    );
  });

  it("holds on lines of 100,000 characters", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(longLine, publishedAt, (text, date) => {
        checkInvariants("Officials meet", text, extractArticle({ title: "Officials meet", text, publishedAt: date }));
      }),
      fuzzParameters(4),
    );
  });
});
