import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

const adviser = "National Security Adviser Ruth Kagame";

describe('"according to X"', () => {
  it.each([
    // the source leads the sentence
    [`${adviser} briefed the press. According to Kagame, the ceasefire has held for a week.`, "the ceasefire has held for a week"],
    // the source trails the sentence
    [`${adviser} briefed the press. The ceasefire has held for a week, according to Kagame.`, "The ceasefire has held for a week"],
    // the source is a pronoun for the person just named
    [`${adviser} briefed the press. According to her, the ceasefire has held for a week.`, "the ceasefire has held for a week"],
    // the source owns the clause even when it reports someone else
    [`${adviser} briefed the press. The general stressed that talks must go on, according to Kagame.`, "The general stressed that talks must go on"],
  ])("%s", (text, said) => {
    expect(saidIn(text)).toEqual([{ speaker: "Ruth Kagame", kind: "reported", text: said }]);
  });

  it.each([
    // a document is no speaker, and it takes the sentence with it
    [`${adviser} stressed that talks must go on, according to a readout of the meeting.`],
    // an unnamed group is no speaker either
    ["According to officials, the ceasefire has held for a week."],
  ])("records nothing for %j", (text) => {
    expect(saidIn(text)).toEqual([]);
  });
});
