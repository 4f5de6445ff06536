import { describe, expect, it } from "vitest";
import { extract, extractUnder } from "../helpers.ts";

const states = (text: string) => extract(text).people.map((person) => [person.name, person.country]);

describe("the state an office names, in the forms news writes it", () => {
  it.each([
    // possessive of a country ending in -s: a bare apostrophe, curly or straight
    ["The Bahamas’ Foreign Minister Rhea Colby met reporters.", [["Rhea Colby", "BS"]]],
    ["Philippines' Trade Secretary Dante Ocampo opened the fair.", [["Dante Ocampo", "PH"]]],
    // a demonym inside the name of a body the office belongs to
    ["Peruvian Foreign Ministry spokesperson Lucia Ramos declined to comment.", [["Lucia Ramos", "PE"]]],
    ["Kenyan Defence Ministry adviser Amani Otieno arrived.", [["Amani Otieno", "KE"]]],
    // a relative clause that only names the office
    ["Tevita Lomu, who is Jamaica's foreign minister, arrived in Lima.", [["Tevita Lomu", "JM"]]],
    ["Amani Otieno, who serves as the Kenyan trade minister, opened the fair.", [["Amani Otieno", "KE"]]],
    // office in "X of Y" form, before and after the name
    ["The Minister of Foreign Affairs of Fiji, Tevita Lomu, arrived.", [["Tevita Lomu", "FJ"]]],
    ["Tevita Lomu, Minister for Trade of Fiji, arrived.", [["Tevita Lomu", "FJ"]]],
    // a country's name used as the modifier of the office
    ["New Zealand Trade Minister Hemi Walker arrived.", [["Hemi Walker", "NZ"]]],
    // no guess: a relative clause that tells an act, not an office
    ["Tevita Lomu, who met Jamaica's foreign minister, arrived.", [["Tevita Lomu", null]]],
  ])("%s", (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});

describe("a bare apostrophe that owns nothing", () => {
  it("opening an article with no headline, it is no possessive of anyone", () => {
    expect(extractUnder("", "' held talks with").people).toEqual([]);
  });
});
