import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const person = (text: string) => {
  const [first] = extract(text).people;
  return first && { name: first.name, role: first.role, country: first.country };
};

describe("titles before names", () => {
  it.each([
    // a long office, a middle initial and a generational suffix
    ["Deputy Secretary of Defense Harold T. Whitcombe III spoke.", { name: "Harold Whitcombe", role: "Deputy Secretary of Defense", country: "US" }],
    // a nationality, an office and an honorific before the name
    ["Nigerian Foreign Minister Dr. Amaka Eze spoke.", { name: "Amaka Eze", role: "Foreign Minister", country: "NG" }],
    // military ranks written as abbreviations
    ["Army Lt. Gen. Maria Sorensen spoke.", { name: "Maria Sorensen", role: "Army Lt. Gen.", country: null }],
    // a capitalised word the lexicon does not list still belongs to the office
    ["Ghana's Fisheries Minister Kwame Asante spoke.", { name: "Kwame Asante", role: "Fisheries Minister", country: "GH" }],
    // post-nominal letters leave the name
    ["The Hon. Malcolm Reid MP spoke.", { name: "Malcolm Reid", role: null, country: null }],
    // a formal given name with an initial stays as written: the person may go by a familiar form
    ["Secretary of the Army William J. Haskins spoke.", { name: "William J. Haskins", role: "Secretary of the Army", country: "US" }],
    // a portfolio after the office's "for" is not part of the name
    ["Assistant Secretary of State for Oceans Priya Raman spoke.", { name: "Priya Raman", role: "Assistant Secretary of State for Oceans", country: "US" }],
    // an office only one state has gives the state
    ["Foreign Secretary Imogen Pryce spoke.", { name: "Imogen Pryce", role: "Foreign Secretary", country: "GB" }],
    // a government seat qualifying the office gives the state, and leaves the office like a country word
    ["Kremlin spokesman Yuri Orlov spoke.", { name: "Yuri Orlov", role: "spokesman", country: "RU" }],
    // an office qualified by a venue that is no country gives the state too
    ["Pentagon spokeswoman Alma Reyes spoke.", { name: "Alma Reyes", role: "Pentagon spokeswoman", country: "US" }],
  ])("%s", (text, expected) => {
    expect(person(text)).toEqual(expected);
  });

  it("links a familiar given name to the formal one and files the person under the familiar form", () => {
    const people = extract("President Robert K. Hale spoke. Later, Bob Hale left. Hale waved.").people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([["Bob Hale", ["Robert K. Hale", "Hale"]]]);
  });

  it("gives the article's own side to bare officials once the offices agree on it", () => {
    const people = extract("Secretary of State Nora Quist met Kenyan President Amani Otieno. Vice President Carl Brandt joined them.").people;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ["Nora Quist", "US"],
      ["Amani Otieno", "KE"],
      ["Carl Brandt", "US"],
    ]);
  });

  it("does not give the article's own side an office that side does not have", () => {
    const people = extract("Secretary of State Nora Quist met Foreign Minister Aiko Sato.").people;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ["Nora Quist", "US"],
      ["Aiko Sato", null],
    ]);
  });

  it("reads a long office holding an 'and' as one person's, after a coordinated first name", () => {
    const extraction = extract("Defense Secretary Ray Colton and Kenyan Deputy President and Minister for Trade Wanjiru Kamau met in Nairobi.");
    expect(extraction.events.map((event) => event.participants)).toEqual([["Ray Colton", "Wanjiru Kamau"]]);
  });

  it("leaves officials of international bodies without a country", () => {
    const people = extract("Defense Secretary Ray Colton met NATO Secretary General Ines Vik.").people;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ["Ray Colton", "US"],
      ["Ines Vik", null],
    ]);
  });
});
