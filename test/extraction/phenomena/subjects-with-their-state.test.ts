import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

// The speaker's name is followed or replaced by words about them before the reporting verb.
describe("subjects written with their state, office or description", () => {
  it.each([
    // a state after the name, with "of" or "from"
    ["Minister Tevita Lomu of Tonga said the harbour would reopen.", [{ speaker: "Tevita Lomu", kind: "reported", text: "the harbour would reopen" }]],
    ["Senator Ana Ruiz from the Philippines said exports were rising.", [{ speaker: "Ana Ruiz", kind: "reported", text: "exports were rising" }]],
    // an office set off by commas that opens with a rank word or a qualifier
    [
      "Tevita Lomu, deputy assistant secretary for Pacific affairs, told VOA in an interview on Friday that the loans would be repaid.",
      [{ speaker: "Tevita Lomu", kind: "reported", text: "the loans would be repaid" }],
    ],
    ["Tevita Lomu, Kenya's trade minister, said tariffs would fall.", [{ speaker: "Tevita Lomu", kind: "reported", text: "tariffs would fall" }]],
    // a description followed by a relative clause
    [
      "Kenyan President Amani Otieno arrived on Sunday. The president, who took office in May, said the port would expand.",
      [{ speaker: "Amani Otieno", kind: "reported", text: "the port would expand" }],
    ],
    // a capitalised office used as a description: "the High Representative", "the Secretary-General"
    [
      "Ida Moen, the High Representative of the bloc, arrived. The High Representative reaffirmed the bloc's support for the talks.",
      [{ speaker: "Ida Moen", kind: "reported", text: "the bloc's support for the talks" }],
    ],
    [
      "Secretary-General Ida Moen opened the forum. The Secretary-General said the budget would grow.",
      [{ speaker: "Ida Moen", kind: "reported", text: "the budget would grow" }],
    ],
    // a slash joining two offices keeps both before the name
    [
      "High Representative/Vice-President Ida Moen met the envoys. The High Representative stressed that the dialogue must resume.",
      [{ speaker: "Ida Moen", kind: "reported", text: "the dialogue must resume" }],
    ],
    // no speaker: the name is the object of "for", the state after it changes nothing
    ["A spokesperson for Minister Tevita Lomu of Tonga said the harbour would reopen.", []],
  ])("%s", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });
});
