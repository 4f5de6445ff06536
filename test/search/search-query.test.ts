import { describe, expect, it } from "vitest";
import { parseSearchQuery, SearchQueryError } from "../../src/search/search-query.ts";
import { tsQuery } from "../../src/search/postgres-search.ts";

/** Terms as short strings: a trailing `*` marks the prefix word. */
const terms = (text: string) => parseSearchQuery(text).map(({ word, prefix }) => (prefix ? `${word}*` : word));

describe("parseSearchQuery", () => {
  it.each([
    ["Kishida", ["kishida*"]], // one word, also typed ahead
    ["Lula da Silva", ["lula", "da", "silva*"]], // several words, only the last a prefix
    ["lula da silva", ["lula", "da", "silva*"]], // lower case gives the same terms
    ["LÚLA DÁ SÍLVA", ["lula", "da", "silva*"]], // accents and capitals folded
    ["Lula da Silv", ["lula", "da", "silv*"]], // a half-typed last word
    ["Xi", ["xi"]], // two letters: too short to be a prefix
    ["  Putin \t", ["putin*"]], // surrounding whitespace
    ['Xi "Putin', ["xi", "putin*"]], // an unbalanced double quote
    ["Xi AND Putin", ["xi", "and", "putin*"]], // an operator is just a word
    ["Xi OR NOT Putin", ["xi", "or", "not", "putin*"]], // more operators
    ["NEAR(Xi Putin, 3)", ["near", "xi", "putin", "3"]], // a NEAR group and its distance
    ["AND", ["and*"]], // an operator alone is a word to look for
    ["Kish*", ["kish*"]], // the user's own star is dropped; the last word is a prefix anyway
    ["(Xi) + (Putin)", ["xi", "putin*"]], // parentheses and a plus
    ["title:Macron", ["title", "macron*"]], // a column filter
    ["-Putin ^Xi", ["putin", "xi"]], // negation and start-of-column marks
    ["Zelensky's", ["zelensky", "s"]], // an apostrophe splits words, as in the index
    ["Москва", ["москва*"]], // Cyrillic letters are words too
    ["G7 2023", ["g7", "2023*"]], // digits are words
  ])("reads %j as %j", (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it("accepts a query of exactly the maximum length", () => {
    expect(terms("x".repeat(200))).toEqual([`${"x".repeat(200)}*`]);
  });

  it.each([
    ["", "The search query is empty: give a word to look for."], // nothing at all
    ["   \t\n", "The search query is empty: give a word to look for."], // whitespace only
    ["!!!", "The search query has no letters or digits to look for."], // punctuation only
    ['"*()^-:', "The search query has no letters or digits to look for."], // query syntax characters only
    ["x".repeat(201), "A search query holds at most 200 characters; this one has 201."], // one character too long
  ])("refuses %j with a clear message", (text, message) => {
    expect(() => parseSearchQuery(text)).toThrow(new SearchQueryError(message));
  });
});

describe("tsQuery", () => {
  it.each([
    [[{ word: "lula", prefix: false }, { word: "silv", prefix: true }], "lula & silv:*"], // every word needed, the prefix marked
    [[{ word: "xi", prefix: false }], "xi"], // a whole word only
  ])("renders %j as %s", (input, expected) => {
    expect(tsQuery(input)).toBe(expected);
  });
});
