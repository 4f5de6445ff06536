import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/extraction/normalize.ts";

describe("normalizeName", () => {
  it.each([
    ["Xi Jinping", "xi jinping"], // lower case
    ["Luiz Inácio Lula da Silva", "luiz inacio lula da silva"], // acute accent folded
    ["  Volodymyr   Zelensky\t", "volodymyr zelensky"], // whitespace trimmed and collapsed
    ["Recep Tayyip Erdoğan", "recep tayyip erdogan"], // breve folded
    ["François Hollande", "francois hollande"], // cedilla folded
    ["Mariusz Błaszczak", "mariusz błaszczak"], // ł is a letter, not a letter with a mark
    ["ＸＩ　ＪＩＮＰＩＮＧ", "xi jinping"], // full-width letters and space (NFKD compatibility forms)
    ["Conan O’Brien", "conan o'brien"], // a curly apostrophe is the straight one
  ])("%j → %j", (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});
