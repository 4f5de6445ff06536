import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

const governor = "Governor Elena Marchetti";

describe('"X told reporters"', () => {
  it.each([
    // told + listener + that
    [`${governor} told journalists that the bridge would reopen in May.`, "reported", "the bridge would reopen in May"],
    // told + listener, no "that"
    [`${governor} told reporters the bridge would reopen in May.`, "reported", "the bridge would reopen in May"],
    // a date between the listener and the clause
    [`${governor} told lawmakers on Friday that the bridge would reopen in May.`, "reported", "the bridge would reopen in May"],
    // a quote attributed with "told reporters" after it
    [`${governor} arrived. "The bridge reopens in May," Marchetti told reporters.`, "direct", "The bridge reopens in May"],
    // a quote before "told reporters" and a setting after it
    [`${governor} arrived. "The bridge reopens in May," she told reporters after the vote.`, "direct", "The bridge reopens in May"],
  ])("%s", (text, kind, said) => {
    expect(saidIn(text)).toEqual([{ speaker: "Elena Marchetti", kind, text: said }]);
  });

  it("records nothing when the listener is all that follows", () => {
    expect(saidIn(`${governor} told reporters after the vote.`)).toEqual([]);
  });
});
