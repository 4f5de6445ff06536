import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

describe("a place set before the reported clause", () => {
  it.each([
    // "said in PLACE, CLAUSE": the place belongs to what was said
    ["Minister Ana Ruiz said in Chile, the new line will carry freight.", [{ speaker: "Ana Ruiz", kind: "reported", text: "in Chile, the new line will carry freight" }]],
    ["Envoy Tevita Lomu said at Suva, talks were due to resume.", [{ speaker: "Tevita Lomu", kind: "reported", text: "at Suva, talks were due to resume" }]],
    // the writer's setting: a relative adverb after the place
    ["Minister Ana Ruiz said in Lima, where she is attending talks.", []],
    // the writer's setting: a common noun, not a named place
    ["Minister Ana Ruiz said in a statement, the line will carry freight.", []],
  ])("%s", (text, expected) => {
    expect(saidIn(text)).toEqual(expected);
  });
});
