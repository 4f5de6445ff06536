import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const countries = (text: string) => extract(text).people.map((p) => [p.name, p.country]);

describe("the state a person represents", () => {
  it.each([
    // traveller: an official leaving for a country is of the other state the article names most
    [
      "Foreign Minister Lena Brandt departs for Peru on Monday. Lena Brandt said Germany and Peru share goals. Germany will fund a school in Peru, and Germany will send teachers.",
      [["Lena Brandt", "DE"]],
    ],
    // traveller: a visit told with "will visit", two destinations excluded
    [
      "Trade Minister Omar Haddad will visit Chile and Peru next week. Omar Haddad said Morocco wants new markets. Morocco exports fish.",
      [["Omar Haddad", "MA"]],
    ],
    // counterpart: a bare official meeting someone of a known state is of the article's other state
    [
      "Prime Minister Kai Lund met Japanese Prime Minister Aiko Sato. Kai Lund said Norway and Japan are close. Norway buys cars from Japan, and Norway sells fish.",
      [["Kai Lund", "NO"], ["Aiko Sato", "JP"]],
    ],
    // counterpart: a call with an official whose state is written after the office
    [
      "Prime Minister Kai Lund spoke with the President of Kenya, Amani Otieno. Norway will help Kenya. Norway has an embassy in Nairobi, and Norway funds clinics.",
      [["Kai Lund", "NO"], ["Amani Otieno", "KE"]],
    ],
    // host named after a visit in its sentence: the visited country's official
    ["Norwegian Prime Minister Kai Lund visited Lima and urged President Ana Ruiz to act.", [["Kai Lund", "NO"], ["Ana Ruiz", "PE"]]],
    // host met at the visit's place: the place's country
    ["Norwegian Prime Minister Kai Lund traveled to Lima, where he met Foreign Minister Ana Ruiz.", [["Kai Lund", "NO"], ["Ana Ruiz", "PE"]]],
    // a delegation accompanying an official is of the official's state
    [
      "Prime Minister Ana Ruiz of Peru will be accompanied by a delegation including Minister of Fisheries, Forestry and Water, Tom Hale.",
      [["Ana Ruiz", "PE"], ["Tom Hale", "PE"]],
    ],
    // the same with a plain "accompanied by" after the name
    ["Chilean President Rosa Ibarra, accompanied by Senator Luis Pardo, arrived.", [["Rosa Ibarra", "CL"], ["Luis Pardo", "CL"]]],
    // a long portfolio list before an appositive name still gives the state it names
    ["He met the Minister of Trade, Industry and Peru Business Development, Omar Haddad.", [["Omar Haddad", "PE"]]],
    // fellow travellers share the state of the one among them whose state is known
    ["Norwegian Minister Kai Lund and Dr. Rosa Lind visited Lima.", [["Kai Lund", "NO"], ["Rosa Lind", "NO"]]],
    // travellers are no hosts: the visited country is not theirs
    ["Minister Kai Lund of Norway and Senator Rosa Lind traveled to Peru.", [["Kai Lund", "NO"], ["Rosa Lind", "NO"]]],
    // no guess: two other states named equally often leave the bare official without one
    ["Prime Minister Kai Lund met Japanese Prime Minister Aiko Sato. Norway and Sweden signed a deal with Japan.", [["Kai Lund", null], ["Aiko Sato", "JP"]]],
    // no guess: someone without an office gets no state from the article's counts
    ["Rosa Lind, a historian, met Japanese Prime Minister Aiko Sato. Norway, Norway and Japan.", [["Rosa Lind", null], ["Aiko Sato", "JP"]]],
  ])("%s", (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });
});

describe("a titled surname two people share", () => {
  it.each([
    // the one holding the office the title names, not the one named last
    ["Prime Minister Ana Ruiz of Peru and Dr. Luis Ruiz arrived. Prime Minister Ruiz spoke.", [["Ana Ruiz", "Prime Minister"], ["Luis Ruiz", null]]],
    // with no office to tell them apart: the one named last
    ["Minister Ana Ruiz of Peru and Dr. Luis Ruiz arrived. Mr. Ruiz spoke.", [["Ana Ruiz", "Minister"], ["Luis Ruiz", null]]],
  ])("%s", (text, expected) => {
    expect(extract(text).people.map((p) => [p.name, p.role])).toEqual(expected);
  });
});
