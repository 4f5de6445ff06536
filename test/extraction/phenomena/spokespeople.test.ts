import { describe, expect, it } from "vitest";
import { extractUnder } from "../helpers.ts";
import { saidIn } from "../phenomena-helpers.ts";

const setting = "Defence Minister Jonas Falk met Interior Minister Sara Lind.";

describe("spokespeople speaking for someone", () => {
  it.each([
    // the spokesperson reports what the principal said: the statement is the spokesperson's
    [`${setting} Spokesman Ole Brandt said Falk stressed the need for more patrols.`, "Ole Brandt", "Falk stressed the need for more patrols"],
    // a trailing attribution to the spokesperson takes the whole sentence
    [`${setting} Falk stressed the need for more patrols, spokesman Ole Brandt said.`, "Ole Brandt", "Falk stressed the need for more patrols"],
    // the spokesperson named after the office, then "she added"
    [`${setting} The ministry's spokeswoman, Kari Moe, said the talks had gone well.`, "Kari Moe", "the talks had gone well"],
  ])("%s", (text, speaker, said) => {
    expect(saidIn(text)).toEqual([{ speaker, kind: "reported", text: said }]);
  });

  it.each([
    // an unnamed spokesperson
    [`${setting} A spokesperson for Falk said the talks had gone well.`],
    // a ministry as a speaker
    [`${setting} The ministry said the talks had gone well.`],
    // a trailing unnamed source takes the sentence with it
    [`${setting} Falk stressed the need for more patrols, a spokesperson said.`],
  ])("records nothing for %j", (text) => {
    expect(saidIn(text)).toEqual([]);
  });

  it("does not take a headline ending in 'for Ukraine' as a speaker's 'spokesperson for …'", () => {
    const extraction = extractUnder("More Aid for Ukraine", "Defence Minister Jonas Falk told reporters that aid would grow.");
    expect(extraction.statements.map((s) => [s.speaker, s.text])).toEqual([["Jonas Falk", "aid would grow"]]);
  });
});
