import { describe, expect, it } from "vitest";
import { extract, extractUnder } from "./helpers.ts";

const people = (text: string) => extract(text).people.map(({ name, aliases, role, country }) => ({ name, aliases, role, country }));

describe("people", () => {
  it.each([
    // an office before the name gives role and country
    ["Peruvian Foreign Minister Elena Quispe arrived.", { name: "Elena Quispe", aliases: [], role: "Foreign Minister", country: "PE" }],
    // an office after the name, as an apposition
    ["Mr. Tomas Varga, Prime Minister of Hungary, spoke.", { name: "Tomas Varga", aliases: [], role: "Prime Minister of Hungary", country: "HU" }],
    // a country's possessive before the office
    ["Kenya's President Amani Otieno spoke.", { name: "Amani Otieno", aliases: [], role: "President", country: "KE" }],
    // middle initials and suffixes leave the canonical name, not the alias; the office exists in one state only
    ["Secretary of the Navy Carlos R. Delgado Jr. spoke.", { name: "Carlos Delgado", aliases: ["Carlos R. Delgado Jr."], role: "Secretary of the Navy", country: "US" }],
    // particles belong to the surname
    ["Commissioner Ines van der Berg spoke. Later van der Berg left.", { name: "Ines van der Berg", aliases: ["van der Berg"], role: "Commissioner", country: null }],
    // an upper-case surname written first (Japanese official style)
    ["Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, spoke.", { name: "Hiroshi Tanaka", aliases: ["TANAKA Hiroshi"], role: "Minister for Foreign Affairs of Japan", country: "JP" }],
    // a Korean surname stays first, as English news writes it
    ["H.E. Mr. PARK Min Jun, Foreign Minister of the Republic of Korea, spoke.", { name: "Park Min Jun", aliases: [], role: "Foreign Minister of the Republic of Korea", country: "KR" }],
    // a lower-case office word before the name
    ["The ministry spokeswoman Greta Lind said nothing.", { name: "Greta Lind", aliases: [], role: "ministry spokeswoman", country: null }],
    // a country's possessive before an office with its portfolio, set off by a comma
    ["The Defence Secretary hosted Norway's Minister of Defence, Ingrid Dahl, in London.", { name: "Ingrid Dahl", aliases: [], role: "Minister of Defence", country: "NO" }],
    // lower-case qualifiers between a country's possessive and the office
    ["Chile's foreign ministry spokesman Tomas Vidal said nothing.", { name: "Tomas Vidal", aliases: [], role: "foreign ministry spokesman", country: "CL" }],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual([expected]);
  });

  it("links a surname used alone to the full name, possessive or not", () => {
    const found = people("Chancellor Mirela Dobre met reporters. Dobre’s aides smiled. Later Dobre left.");
    expect(found).toEqual([{ name: "Mirela Dobre", aliases: ["Dobre"], role: "Chancellor", country: null }]);
  });

  it("keeps two people who share a surname apart and links each mention to the nearer one", () => {
    const extraction = extract("Senator Ann Okafor met Governor Ben Okafor. Ben Okafor spoke first.");
    expect(extraction.people.map((person) => person.name)).toEqual(["Ann Okafor", "Ben Okafor"]);
  });

  it("knows an untitled name of dictionary words by its common given name", () => {
    expect(people("Later, Grace Hill and Mark Baker arrived.").map((p) => p.name)).toEqual(["Grace Hill", "Mark Baker"]);
  });

  it("makes a person of a titled surname that shortens no one", () => {
    expect(people("The talks included President Morales.").map((p) => p.name)).toEqual(["Morales"]);
  });

  it.each([
    ["The International Criminal Court ruled.", "an organisation of dictionary words"],
    ["The Forest and Climate Partnership grew.", "a programme's name"],
    ["They sailed across the Indo-Pacific region.", "a region"],
    ["In Lisbon, ministers met.", "a lone city name"],
    ["Engineers reached the Kuznetsk Power Plant.", "a facility's name"],
    ["Tankers crossed the Arabian Sea.", "a sea named after a people"],
    ["Shells hit Kherson Oblast near the Dnipro River.", "a province and a river"],
    ["Governors of New Mexico met.", "a region named after a country"],
    ["Leaders will gather at the Baltic Heads of Government Meeting.", "a gathering's name"],
    ["His Majesty The King’s Coronation follows.", "an office's possession"],
    ["Troops trained at Camp Rivera for a week.", "a military camp's name"],
    ["Patrol boats circled Ortiga Shoal again.", "a shoal's name"],
    ["The ministers toured Halvorsen Air Base.", "a base's name"],
  ])("finds no person in %j (%s)", (text) => {
    expect(people(text)).toEqual([]);
  });

  it("takes a titled name from the headline when the body uses its surname", () => {
    const extraction = extractUnder("Remarks by Trade Commissioner Ilse Brandt", "Exports grew, Brandt said.");
    expect(extraction.people.map((person) => person.name)).toEqual(["Ilse Brandt"]);
    expect(extraction.statements.map((statement) => statement.speaker)).toEqual(["Ilse Brandt"]);
  });

  it("links headline words to people of the body, without inventing any", () => {
    const extraction = extractUnder("Okonkwo Meets Peruvian Counterpart", "Defence Minister Chidi Okonkwo met his counterpart.");
    const person = extraction.people[0]!;
    expect(extraction.people).toHaveLength(1);
    expect(person.mentions.some((mention) => mention.inTitle && mention.surface === "Okonkwo")).toBe(true);
  });
});
