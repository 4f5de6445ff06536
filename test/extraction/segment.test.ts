import { describe, expect, it } from "vitest";
import { segment } from "../../src/extraction/text/segment.ts";

const sentencesOf = (text: string) => {
  const doc = segment({ title: "T", text, publishedAt: "2024-01-01" });
  return doc.sentences.filter((s) => s.start >= doc.bodyStart).map((s) => doc.content.slice(s.start, s.end));
};

describe("segment", () => {
  it.each([
    // plain sentences
    ["The envoy arrived. She spoke briefly.", ["The envoy arrived.", "She spoke briefly."]],
    // a wire dateline with its day stands apart from the first sentence
    ["OSLO, Mar 3 – The envoy arrived.", ["OSLO, Mar 3 –", "The envoy arrived."]],
    // a dateline joined to the first word by a bare hyphen is left to the names stage
    ["OSLO-The envoy arrived.", ["OSLO-The envoy arrived."]],
    // an initial keeps its period
    ["Pamela K. Osei spoke. Talks ended.", ["Pamela K. Osei spoke.", "Talks ended."]],
    // honorifics and dotted acronyms do not end sentences
    ["Dr. Lind met U.S. officials in Oslo. Then she left.", ["Dr. Lind met U.S. officials in Oslo.", "Then she left."]],
    // a closing quote stays with its sentence
    ['"We are ready." He smiled.', ['"We are ready."', "He smiled."]],
    // a line break inside a paragraph ends a sentence (list items, lead-ins)
    ["The minister said:\nPeace matters", ["The minister said:", "Peace matters"]],
  ])("splits %j", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("keeps offsets that slice back to each token", () => {
    const doc = segment({ title: "Head", text: "Nadia Ferreira’s visit to Lima ended.", publishedAt: "2024-01-01" });
    for (const token of doc.tokens) expect(doc.content.slice(token.start, token.end)).toBe(token.text);
    // the possessive is a token of its own, so the name matches without it
    expect(doc.tokens.map((t) => t.text)).toContain("Ferreira");
  });

  it("splits a dateline from the first word of the story", () => {
    const doc = segment({ title: "Head", text: "LIMA-Nadia Ferreira said on Monday the talks went well.", publishedAt: "2024-01-01" });
    expect(doc.tokens.slice(1, 5).map((t) => t.text)).toEqual(["LIMA", "-", "Nadia", "Ferreira"]);
  });
});
