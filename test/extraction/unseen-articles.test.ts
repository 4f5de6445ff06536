import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/index.ts";
import { parseArticleFile } from "../../src/ingest/article-file.ts";

// Short articles written for these tests in the manner of different outlets
// (a defence ministry, a government press office, a leader's readout, a wire
// service), to check that the extractor behaves on text it was not tuned on.
function readFixture(name: string) {
  return parseArticleFile(readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8"), name);
}

function extractFixture(name: string, publishedAt: string) {
  const file = readFixture(name);
  return extractArticle({ title: file.title, text: file.text, publishedAt });
}

const fixtures = readdirSync(new URL("./fixtures/", import.meta.url)).map((file) => file.replace(/\.txt$/, ""));

type Expected = {
  people: string[];
  /** Speaker and kind of every statement, in reading order. */
  statements: [string, "direct" | "reported"][];
  /** Events that must be among those found: type, participants, day. */
  events: [string, string[], string | null][];
};

describe("articles the extractor was not tuned on", () => {
  it.each<[string, string, Expected]>([
    [
      "dod-style-host-visit", // a host, a quote split over sentences, "the secretary … according to a readout" left out
      "2023-06-15",
      {
        people: ["Lloyd Austin", "Gilberto Teodoro", "Pat Ryder"],
        statements: [["Lloyd Austin", "direct"], ["Lloyd Austin", "direct"], ["Gilberto Teodoro", "reported"], ["Gilberto Teodoro", "reported"], ["Lloyd Austin", "reported"], ["Pat Ryder", "reported"]],
        events: [["meeting", ["Lloyd Austin", "Gilberto Teodoro"], "2023-06-15"], ["visit", ["Lloyd Austin"], null]],
      },
    ],
    [
      "dod-style-long-quote", // a quotation over two paragraphs, a spokesperson's chain, an office in apposition
      "2023-06-15",
      {
        people: ["Lloyd Austin", "Rustem Umerov", "Pat Ryder", "Charles Q. Brown Jr."],
        statements: [["Lloyd Austin", "reported"], ["Lloyd Austin", "reported"], ["Lloyd Austin", "direct"], ["Lloyd Austin", "direct"], ["Pat Ryder", "reported"], ["Charles Q. Brown Jr.", "reported"]],
        events: [["meeting", ["Lloyd Austin", "Rustem Umerov"], null]],
      },
    ],
    [
      "govuk-style-said-block", // an office named in apposition, a "said:" block, a trip planned for tomorrow
      "2023-06-15",
      {
        people: ["James Cleverly", "Subrahmanyam Jaishankar"],
        statements: [["James Cleverly", "direct"], ["Subrahmanyam Jaishankar", "reported"], ["Subrahmanyam Jaishankar", "reported"]],
        events: [["meeting", ["James Cleverly", "Subrahmanyam Jaishankar"], "2023-06-15"], ["visit", ["James Cleverly"], "2023-06-16"]],
      },
    ],
    [
      "govuk-style-unnamed-pm", // the author's prime minister is never named: no statement, no participant
      "2023-03-10",
      { people: ["Giorgia Meloni"], statements: [], events: [["meeting", ["Giorgia Meloni"], "2023-03-10"]] },
    ],
    [
      "govuk-style-two-leadins", // a quoted "said:" block over two paragraphs, then an unquoted "added:" block
      "2023-06-15",
      {
        people: ["Grant Shapps", "Władysław Kosiniak-Kamysz", "James Heappey"],
        statements: [["Grant Shapps", "reported"], ["Grant Shapps", "direct"], ["James Heappey", "direct"]],
        events: [["visit", ["Grant Shapps"], "2023-06-15"], ["meeting", ["Grant Shapps", "Władysław Kosiniak-Kamysz"], null], ["visit", ["Grant Shapps"], "2023-06-16"]],
      },
    ],
    [
      "kantei-style-ministers", // a capitalised "Meeting with", a middle initial, the visitor's visit
      "2023-07-08",
      {
        people: ["Yoko Kamikawa", "Enrique Manalo"],
        statements: [["Yoko Kamikawa", "reported"], ["Enrique Manalo", "reported"]],
        events: [["meeting", ["Yoko Kamikawa", "Enrique Manalo"], "2023-07-08"], ["visit", ["Enrique Manalo"], null]],
      },
    ],
    [
      "kantei-style-summit", // surname-first capitals, post-nominals, "who is visiting"
      "2023-03-03",
      {
        people: ["Fumio Kishida", "Anthony Albanese"],
        statements: [["Fumio Kishida", "reported"], ["Anthony Albanese", "reported"]],
        events: [["summit", ["Fumio Kishida", "Anthony Albanese"], "2023-03-03"], ["visit", ["Anthony Albanese"], null]],
      },
    ],
    [
      "whitehouse-style-call-readout", // a call readout with joint acts and one stance verb
      "2023-06-15",
      {
        people: ["Joseph R. Biden, Jr.", "Olaf Scholz"],
        statements: [["Joseph R. Biden, Jr.", "reported"]],
        events: [["call", ["Joseph R. Biden, Jr.", "Olaf Scholz"], "2023-06-15"], ["summit", [], null]],
      },
    ],
    [
      "wire-style-guillemets", // guillemets, "the Ukrainian leader said", "according to", a phone call by weekday
      "2023-06-12",
      {
        people: ["Emmanuel Macron", "Volodymyr Zelensky", "Olaf Scholz"],
        statements: [["Emmanuel Macron", "reported"], ["Emmanuel Macron", "direct"], ["Emmanuel Macron", "direct"], ["Volodymyr Zelensky", "direct"], ["Emmanuel Macron", "reported"], ["Olaf Scholz", "reported"], ["Olaf Scholz", "direct"]],
        events: [["meeting", ["Emmanuel Macron", "Volodymyr Zelensky"], "2023-06-12"], ["call", ["Olaf Scholz", "Volodymyr Zelensky"], "2023-06-11"]],
      },
    ],
    [
      "wire-style-particles", // hyphenated and particle names, an aside before "said", a broadcaster as the only source
      "2023-05-04",
      {
        people: ["Pedro Sánchez", "Frank-Walter Steinmeier", "Mohammed bin Salman", "Recep Tayyip Erdoğan"],
        statements: [["Pedro Sánchez", "direct"], ["Frank-Walter Steinmeier", "reported"]],
        events: [["talks", ["Frank-Walter Steinmeier", "Pedro Sánchez"], null]],
      },
    ],
  ])("%s", (name, publishedAt, expected) => {
    const extraction = extractFixture(name, publishedAt);
    expect(extraction.people.map((person) => person.name)).toEqual(expected.people);
    expect(extraction.statements.map((statement) => [statement.speaker, statement.kind])).toEqual(expected.statements);
    const events = extraction.events.map((event) => [event.type, event.participants, event.date]);
    for (const event of expected.events) expect(events).toContainEqual(event);
  });

  // Quotation marks and line breaks aside, a statement's span holds its words.
  const plain = (text: string) => text.replace(/["“”«»„]/g, "").replace(/\s+/g, " ").trim();

  it.each(fixtures)("gives every fact of %s a span into the article, a confidence and the rule that found it", (name) => {
    const file = readFixture(name);
    const extraction = extractArticle({ title: file.title, text: file.text, publishedAt: "2024-01-15" });
    const slice = ({ span, inTitle }: { span: { start: number; end: number }; inTitle: boolean }) =>
      (inTitle ? file.title : file.text).slice(span.start, span.end);
    const facts = [...extraction.people, ...extraction.countries, ...extraction.statements, ...extraction.events].map((fact) => fact.provenance);
    for (const provenance of facts) {
      expect(provenance.confidence).toBeGreaterThan(0);
      expect(provenance.confidence).toBeLessThanOrEqual(1);
      expect(provenance.extractor).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(slice(provenance).length).toBeGreaterThan(0);
    }
    for (const statement of extraction.statements) expect(plain(slice(statement.provenance))).toBe(plain(statement.text));
    for (const person of extraction.people) expect(person.mentions.map((mention) => mention.surface)).toContain(slice(person.provenance));
    for (const event of extraction.events) expect(slice(event.provenance)).toMatch(/^[\p{L}\d-]+$/u);
  });
});
