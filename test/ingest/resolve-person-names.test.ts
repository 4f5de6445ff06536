import { describe, expect, it } from "vitest";
import { givenNamesAgree, nameParts, shortens } from "../../src/ingest/person-name.ts";

describe("nameParts", () => {
  it.each([
    ["Vladimir Putin", { given: ["vladimir"], surname: "putin" }], // given name and surname
    ["Putin", { given: [], surname: "putin" }], // a surname alone
    ["Ursula von der Leyen", { given: ["ursula"], surname: "von der leyen" }], // particles belong to the surname
    ["Luiz Inácio Lula da Silva", { given: ["luiz", "inacio", "lula"], surname: "da silva" }], // accents folded, two given names
    ["Lloyd J. Austin III", { given: ["lloyd", "j"], surname: "austin" }], // an initial kept, a generational suffix dropped
    ["Martin Luther King, Jr.", { given: ["martin", "luther"], surname: "king" }], // a comma before the suffix
    ["von der Leyen", { given: [], surname: "von der leyen" }], // a surname with particles alone
    ["", { given: [], surname: "" }], // nothing
  ])("splits %j", (name, expected) => {
    expect(nameParts(name)).toEqual(expected);
  });
});

describe("givenNamesAgree", () => {
  it.each([
    [[], ["vladimir"], true], // a surname alone agrees with any given name
    [["lloyd"], ["lloyd", "j"], true], // a middle initial added
    [["j"], ["joe"], true], // an initial of the other's first name
    [["lula"], ["luiz", "inacio", "lula"], true], // the name used is the last of several given names
    [["hunter"], ["joe"], false], // two different people
    [["joe"], ["joseph", "r"], true], // the familiar form of a formal first name
    [["bill"], ["william"], true], // the same, another pair
    [["antony"], ["tony"], false], // a nickname the familiar-names lexicon does not list is not guessed
    [["k"], ["joe"], false], // an initial of another name
  ])("%j and %j → %s", (a, b, expected) => {
    expect(givenNamesAgree(a, b)).toBe(expected);
    expect(givenNamesAgree(b, a)).toBe(expected);
  });
});

describe("shortens", () => {
  it.each([
    ["Putin", "Vladimir Putin", true], // a surname for the full name
    ["Lula da Silva", "Luiz Inácio Lula da Silva", true], // the last given names dropped
    ["von der Leyen", "Ursula von der Leyen", true], // particles kept
    ["Lloyd Austin", "Lloyd J. Austin", false], // a middle initial is no fuller name to display
    ["Vladimir Putin", "Putin", false], // the other way round
    ["Putin", "Putin", false], // the same name
    ["Biden", "Hunter Bidenko", false], // another surname
  ])("%j shortens %j: %s", (short, full, expected) => {
    expect(shortens(short, full)).toBe(expected);
  });
});
