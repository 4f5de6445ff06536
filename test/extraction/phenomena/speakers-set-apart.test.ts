import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

describe("speakers set apart from their words", () => {
  it.each([
    // readout header over quoted paragraphs: each paragraph is the named official's
    [
      "Remarks attributable to Foreign Minister Lena Berg:\n\n“We welcome the accord.”\n\n“Our ports will open next month.”",
      [
        { speaker: "Lena Berg", kind: "direct", text: "We welcome the accord." },
        { speaker: "Lena Berg", kind: "direct", text: "Our ports will open next month." },
      ],
    ],
    // readout header with "the following": the quotation under it is the official's
    [
      "The following quote is attributable to spokesman Ivo Maric:\n\n“The talks were useful and frank.”",
      [{ speaker: "Ivo Maric", kind: "direct", text: "The talks were useful and frank." }],
    ],
    // readout header over narrative text: no statement
    ["The following is attributable to spokesman Ivo Maric:\n\nMinister Lena Berg met the envoy in Oslo.", []],
    // appositive after the speaker's name, before the reporting verb
    [
      "“The border is calm,” Tove Lind, a researcher at the Nordic Institute of Peace Studies, told reporters.",
      [{ speaker: "Tove Lind", kind: "direct", text: "The border is calm" }],
    ],
    // appositive attribution, then "adding that" continues the same speaker's words
    [
      "“Prices will fall,” Omar Haddad, an economist at a bank in Rabat, told the paper, adding that wages would rise in spring.",
      [
        { speaker: "Omar Haddad", kind: "direct", text: "Prices will fall" },
        { speaker: "Omar Haddad", kind: "reported", text: "wages would rise in spring" },
      ],
    ],
    // a long listener between "told" and "that"
    [
      "Envoy Tom Hale told the national broadcaster RTV on Friday that the border would reopen.",
      [{ speaker: "Tom Hale", kind: "reported", text: "the border would reopen" }],
    ],
    // a participle after a trailing attribution sets the scene and is no statement
    [
      "Exports will double by spring, Tom Hale said, speaking at a briefing in Lima.",
      [{ speaker: "Tom Hale", kind: "reported", text: "Exports will double by spring" }],
    ],
    // a quotation inside a clause attributed at its end is the speaker's direct statement
    [
      "The accord aims to “open new markets for farmers” by cutting tariffs on grain and fruit, Tom Hale said.",
      [{ speaker: "Tom Hale", kind: "direct", text: "open new markets for farmers" }],
    ],
    // an attribution inside a clause whose rest holds a quotation: only the quoted words are a statement
    [
      "Minister Tomas Varga arrived. But, he added, the plan to open an office in Lima is “not on the table.”",
      [{ speaker: "Tomas Varga", kind: "direct", text: "not on the table." }],
    ],
    // a description with an adjective of rank names the official just named
    [
      "Minister Ana Ruiz of Peru arrived in Quito. The top Peruvian diplomat said she plans to open a consulate.",
      [{ speaker: "Ana Ruiz", kind: "reported", text: "she plans to open a consulate" }],
    ],
    // a plural office opening the sentence is both of them: no single speaker
    [
      "Foreign Minister Ana Ruiz and Prime Minister Luis Pardo met. The Prime Ministers welcomed the accord and noted that work would continue.",
      [],
    ],
  ])("%j", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });

  it.each([
    // a pronoun after a fronted phrase naming others refers to the one the paragraph is about
    [
      "Minister Lena Berg joined a panel in Oslo. In the first meeting of President Ivo Maric and Prime Minister Ana Ruiz, she stressed the need for calm.",
      "Lena Berg",
    ],
    // the same after a fronted "During" phrase
    [
      "Envoy Tom Hale arrived in Lima. During his talks with Foreign Minister Ana Ruiz, he said that trade would grow.",
      "Tom Hale",
    ],
    // gender agreement: "she" is not the man named last
    ["Foreign Minister Ana Ruiz met Governor Luis Pardo. She said that trade would grow.", "Ana Ruiz"],
    // and "he" is not the woman named last
    ["Governor Luis Pardo met Foreign Minister Ana Ruiz. He said that trade would grow.", "Luis Pardo"],
  ])("fronted phrase or gender: %s", (text, speaker) => {
    expect(saidIn(text).map((statement) => statement.speaker)).toEqual([speaker]);
  });
});
