import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/index.ts";
import { parseArticleFile } from "../../src/ingest/article-file.ts";

// The seed article end to end: the facts a reader checks first.
const file = parseArticleFile(readFileSync(new URL("../../seeds/000_c44577c07f96a5bc.txt", import.meta.url), "utf8"));
const extraction = extractArticle({ title: file.title, text: file.text, publishedAt: file.publishedAt! });
const person = (name: string) => extraction.people.find((p) => p.name === name);

describe("the seed article", () => {
  it("finds its five people with their countries", () => {
    expect(extraction.people.map((p) => p.name).sort()).toEqual(["Fumio Kishida", "Mikhail Mishustin", "Vladimir Putin", "Volodymyr Zelensky", "Xi Jinping"]);
    // "The Chinese president" and "the Russian leader" tell Xi's and Putin's countries
    expect(person("Xi Jinping")).toMatchObject({ aliases: ["Xi"], country: "CN" });
    expect(person("Vladimir Putin")).toMatchObject({ aliases: ["Putin"], country: "RU" });
    expect(person("Fumio Kishida")).toMatchObject({ role: "Prime Minister", country: "JP" });
  });

  it("finds the four countries it names", () => {
    expect(extraction.countries.map((c) => c.code).sort()).toEqual(["CN", "JP", "RU", "UA"]);
  });

  it("attributes Xi's five statements and Putin's one, pronouns and descriptions resolved", () => {
    expect(extraction.statements.map((s) => [s.speaker, s.kind, s.text.slice(0, 30)])).toEqual([
      ["Xi Jinping", "reported", "China would prioritise ties wi"],
      ["Xi Jinping", "direct", "great neighbouring powers"],
      ["Xi Jinping", "reported", "he invited the internationally"],
      ["Xi Jinping", "direct", "continue to prioritise the all"],
      ["Xi Jinping", "direct", "We are great neighbouring powe"],
      ["Vladimir Putin", "reported", "he was open to talks on Ukrain"],
    ]);
    for (const statement of extraction.statements) {
      expect(file.text.slice(statement.provenance.span.start, statement.provenance.span.end)).toBe(statement.text);
    }
  });

  it("dates the two days of talks from the weekdays against the publication date", () => {
    const talks = extraction.events.filter((e) => e.type === "talks").map((e) => [e.participants.sort(), e.date]);
    expect(talks).toEqual([
      [["Vladimir Putin", "Xi Jinping"], "2023-03-21"],
      [["Vladimir Putin", "Xi Jinping"], "2023-03-20"],
    ]);
  });

  it("finds Kishida's visit to Kyiv and his meeting with Zelensky on Tuesday", () => {
    expect(extraction.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "visit", participants: ["Fumio Kishida"], place: "Kyiv", country: "UA", date: "2023-03-21" }),
        expect.objectContaining({ type: "meeting", participants: ["Fumio Kishida", "Volodymyr Zelensky"], date: "2023-03-21" }),
      ]),
    );
  });

  it("links the quote said during the Mishustin meeting to that meeting", () => {
    const quote = extraction.statements.find((s) => s.text === "We are great neighbouring powers")!;
    expect(quote.event).not.toBeNull();
    expect(extraction.events[quote.event!]!.participants).toEqual(["Xi Jinping", "Mikhail Mishustin"]);
  });
});
