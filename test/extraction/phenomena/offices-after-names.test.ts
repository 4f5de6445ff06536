import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const people = (text: string) => extract(text).people.map((p) => ({ name: p.name, role: p.role, country: p.country }));

describe("offices after names and portfolios inside offices", () => {
  it.each([
    // appositive office in lower case, with a demonym inside the body it serves
    ["Tomasz Wrona, a spokesman for the Polish Embassy in Rome, spoke.", [{ name: "Tomasz Wrona", role: "spokesman for the Polish Embassy in Rome", country: "PL" }]],
    // appositive office whose country is possessive; the country it serves in does not count
    ["Ingrid Solberg, Norway's ambassador to Chile, spoke.", [{ name: "Ingrid Solberg", role: "ambassador to Chile", country: "NO" }]],
    // appositive office with no state named keeps the office and no country
    ["Rosa Delgado, a senior adviser at the bank, spoke.", [{ name: "Rosa Delgado", role: "senior adviser at the bank", country: null }]],
    // member of a country's body: "from" and the country's possessive
    ["Rosa Delgado from Peru's electoral council spoke.", [{ name: "Rosa Delgado", role: null, country: "PE" }]],
    // a job that is no office gives neither role nor country
    ["Karl Vogt, a researcher at a think tank, spoke.", [{ name: "Karl Vogt", role: null, country: null }]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // appositive office before the name, with a long portfolio holding the country
    ["He met the Chair of the Finance Committee of the Kenyan Senate, Amani Otieno, in May.", [["Amani Otieno", "KE"]]],
    // appositive office before the name owned by a possessive country, serving in another
    ["Chile's ambassador to Peru, Ana Costa, spoke.", [["Ana Costa", "CL"]]],
    // regional affairs in a national office do not make it an international one
    ["Jonah Pike, deputy assistant secretary of state for European affairs, spoke.", [["Jonah Pike", "US"]]],
  ])("appositive office before the name: %s", (text, expected) => {
    expect(extract(text).people.map((p) => [p.name, p.country])).toEqual(expected);
  });

  it.each([
    // coordinated names before a plural office take its countries in order
    ["Ana Ruiz and Tomas Berg, the prime ministers of Peru and Norway, met.", [["Ana Ruiz", "PE"], ["Tomas Berg", "NO"]]],
    // three names, three countries
    ["Ana Ruiz, Tomas Berg and Lena Holm, the foreign ministers of Peru, Norway and Sweden, met.", [["Ana Ruiz", "PE"], ["Tomas Berg", "NO"], ["Lena Holm", "SE"]]],
    // counts that differ give no one a country
    ["Ana Ruiz and Tomas Berg, the leaders of Peru, Chile and Norway, met.", [["Ana Ruiz", null], ["Tomas Berg", null]]],
  ])("respectively: %s", (text, expected) => {
    expect(extract(text).people.map((p) => [p.name, p.country])).toEqual(expected);
  });

  it.each([
    // a regional portfolio after "for" in a lower-case office is not a person
    ["Jonah Pike, assistant secretary of state for Southeast Asian affairs, spoke."],
    // a list of portfolios after "Minister of" holds no one until the name after the comma
    ["Minister of Fisheries, Forestry and Water, Jonah Pike, spoke."],
    // a body after an office's "for the" is not a person
    ["Jonah Pike, a spokesman for the Embassy, spoke."],
  ])("finds only the person in: %s", (text) => {
    expect(extract(text).people.map((p) => p.name)).toEqual(["Jonah Pike"]);
  });

  it.each([
    // a capital that is also a given name, before a surname, is a person
    ["Victoria Ruiz spoke.", ["Victoria Ruiz"], []],
    // the same capital standing alone stays a country's seat
    ["Victoria said it would reply.", [], ["SC"]],
  ])("capital or given name: %s", (text, names, countries) => {
    const extraction = extract(text);
    expect(extraction.people.map((p) => p.name)).toEqual(names);
    expect(extraction.countries.map((c) => c.code)).toEqual(countries);
  });

  it.each([
    // a place named after a journey's "to" is no person
    ["Minister Jonah Pike's itinerary includes a visit to Porto Seguro.", ["Jonah Pike"]],
    // after "arrived in"
    ["Minister Jonah Pike arrived in Santa Cruz on Monday.", ["Jonah Pike"]],
    // a person after "talked to" is still a person
    ["Minister Jonah Pike talked to Rui Correia e Sousa.", ["Jonah Pike", "Rui Correia e Sousa"]],
  ])("destinations: %s", (text, names) => {
    expect(extract(text).people.map((p) => p.name)).toEqual(names);
  });

  it.each([
    // the abbreviated honorific of parliamentarians is no part of the name
    ["Chair of the Trade Caucus Hon Mere Tamati spoke.", "Mere Tamati"],
    // a Portuguese surname joined by "e"
    ["Prime Minister Rui Correia e Sousa spoke.", "Rui Correia e Sousa"],
  ])("names: %s", (text, name) => {
    expect(extract(text).people.map((p) => p.name)).toEqual([name]);
  });
});
