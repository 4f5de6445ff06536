import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

// Short quotations inside a sentence someone is credited with.
describe("quoted fragments", () => {
  it.each([
    // two fragments joined by "and": one statement each, both the speaker's
    [
      "Ana Ruiz said the two ports must “share the load” and “open their books.”",
      [
        { speaker: "Ana Ruiz", kind: "direct", text: "share the load" },
        { speaker: "Ana Ruiz", kind: "direct", text: "open their books." },
      ],
    ],
    // single words that complete the clause are speech
    [
      "Tevita Lomu said the new fund has to be “fair” and “lasting.”",
      [
        { speaker: "Tevita Lomu", kind: "direct", text: "fair" },
        { speaker: "Tevita Lomu", kind: "direct", text: "lasting." },
      ],
    ],
    // a single word after "to" is the verb the speaker used
    [
      "Foreign Minister Ana Ruiz intends to “rebuild” the harbour and make it “the busiest port in the region,” said Tom Hale, her spokesman.",
      [
        { speaker: "Tom Hale", kind: "direct", text: "rebuild" },
        { speaker: "Tom Hale", kind: "direct", text: "the busiest port in the region" },
      ],
    ],
    // a single word inside a noun phrase only marks a word: no statement
    ["Ana Ruiz said the “historic” accord was signed in Lima.", [{ speaker: "Ana Ruiz", kind: "reported", text: "the “historic” accord was signed in Lima" }]],
    ["Tevita Lomu spoke of “illegal” fishing near the reef.", []],
    // a quotation in the part of a sentence after an inside attribution
    [
      "Minister Tevita Lomu spoke on Monday. But, he added, the plan to sell the airline is “not on the table.”",
      [{ speaker: "Tevita Lomu", kind: "direct", text: "not on the table." }],
    ],
    // a lower-case quoted phrase is speech, not a title
    ["Ana Ruiz said the country's future lay “in the Pacific”.", [{ speaker: "Ana Ruiz", kind: "direct", text: "in the Pacific" }]],
  ])("%s", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });
});

describe("the clause beside a quotation", () => {
  it.each([
    // a purpose the quotation completes is left out of the reported clause
    [
      "Spokesman Tom Hale said that Ana Ruiz would stress trade with Chile as a way to “bring jobs home.”",
      [
        { speaker: "Tom Hale", kind: "reported", text: "Ana Ruiz would stress trade with Chile" },
        { speaker: "Tom Hale", kind: "direct", text: "bring jobs home." },
      ],
    ],
    // a verb that wants the quoted words keeps the clause unfinished: only the quotation
    [
      "Spokesman Tom Hale said Ana Ruiz aims to “bring jobs home.”",
      [{ speaker: "Tom Hale", kind: "direct", text: "bring jobs home." }],
    ],
  ])("%s", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });
});

describe("reporting verbs with a particle and long offices", () => {
  it.each([
    // "pointed out that" reports its clause
    ["Senator Ana Ruiz pointed out that the bridge was built in 1990.", [{ speaker: "Ana Ruiz", kind: "reported", text: "the bridge was built in 1990" }]],
    // "pointed to" reports nothing
    ["Senator Ana Ruiz pointed to the bridge built in 1990.", []],
    // a trailing attribution whose office runs long before the name
    [
      "The minister also met the coast guard on Friday, Navy Press Secretary Rear Adm. Tomas B. Lind said in a statement.",
      [{ speaker: "Tomas Lind", kind: "reported", text: "The minister also met the coast guard on Friday" }],
    ],
  ])("%s", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });
});
