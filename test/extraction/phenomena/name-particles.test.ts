import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const people = (text: string) => extract(text).people.map((person) => ({ name: person.name, aliases: person.aliases }));

describe("names with particles", () => {
  it.each([
    // a Dutch particle pair kept with its surname
    ["Minister Pieter van den Broek spoke. Later van den Broek left.", { name: "Pieter van den Broek", aliases: ["van den Broek"] }],
    // a Portuguese "da" and a short form that starts at it
    ["President Marina Souza da Costa spoke. Later da Costa left.", { name: "Marina Souza da Costa", aliases: ["da Costa"] }],
    // an Arabic "bin" inside the name
    ["Crown Prince Faisal bin Rashid spoke.", { name: "Faisal bin Rashid", aliases: [] }],
    // a German "von" and a surname used alone
    ["Chancellor Greta von Arnim spoke. Von Arnim left.", { name: "Greta von Arnim", aliases: ["Von Arnim"] }],
    // a word of a long name used alone, as "Lula" is
    ["President Carlos Eduardo Bento de Lima spoke. Bento left.", { name: "Carlos Eduardo Bento de Lima", aliases: ["Bento"] }],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual([expected]);
  });

  it("credits a statement made under the particle form to the full name", () => {
    const statements = extract('President Marina Souza da Costa arrived. "We are ready," da Costa said.').statements;
    expect(statements.map((s) => s.speaker)).toEqual(["Marina Souza da Costa"]);
  });
});
