import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

// Published on Wednesday 2024-05-15.
const events = (text: string) => extract(text).events.map(({ type, participants, date }) => ({ type, participants, date }));

describe("events told through other words", () => {
  it.each([
    [
      "President Lena Berg spoke with Prime Minister Ivo Maric by phone on Monday.", // "spoke with" a named person is a call
      [{ type: "call", participants: ["Lena Berg", "Ivo Maric"], date: "2024-05-13" }],
    ],
    [
      "President Lena Berg spoke to reporters on Monday.", // speaking to no one named is no call
      [],
    ],
    [
      "President Lena Berg held a summit meeting with Prime Minister Ivo Maric today.", // "summit meeting" is one event
      [{ type: "summit", participants: ["Lena Berg", "Ivo Maric"], date: "2024-05-15" }],
    ],
    [
      "Secretary Dan Roe and Secretary Eva Lund visited Kigali yesterday. Today, the two secretaries discussed the trip.", // "the trip" is the visit told before
      [{ type: "visit", participants: ["Dan Roe", "Eva Lund"], date: "2024-05-14" }],
    ],
    [
      "The Prime Minister welcomed President Ana Costa today. Both will attend the G20 next month.", // "both": those of the last meeting, the unnamed one left out
      [
        { type: "meeting", participants: ["Ana Costa"], date: "2024-05-15" },
        { type: "summit", participants: ["Ana Costa"], date: null },
      ],
    ],
    [
      "Peruvian Prime Minister Ivo Maric stated that the 12th Peru-EU Summit had gone well. European Council President Ana Costa agreed.", // a summit named after its two sides
      [{ type: "summit", participants: ["Ivo Maric", "Ana Costa"], date: null }],
    ],
    [
      "Chilean President Rosa Ibarra and Peruvian Prime Minister Ivo Maric said the Chile-Peru-Bolivia Summit had gone well. Bolivian President Luis Arce agreed.", // a summit named after three sides
      [{ type: "summit", participants: ["Rosa Ibarra", "Ivo Maric", "Luis Arce"], date: null }],
    ],
    [
      "Chancellor Lena Berg met Prime Minister Ivo Maric of Croatia, who is visiting Austria.", // "who is visiting" hangs on the name before it
      [
        { type: "meeting", participants: ["Lena Berg", "Ivo Maric"], date: null },
        { type: "visit", participants: ["Ivo Maric"], date: null },
      ],
    ],
    [
      "Prime Minister Ivo Maric invited the President to visit Zagreb.", // the one invited is never named: no visit
      [],
    ],
    [
      "Chancellor Lena Berg and Prime Minister Ivo Maric will meet at the Danube Heads of Government Meeting in Vienna.", // a gathering's name is no place; the city after it is
      [{ type: "meeting", participants: ["Lena Berg", "Ivo Maric"], date: null }],
    ],
    [
      "Chancellor Lena Berg hosted Prime Minister Ivo Maric today. During their meeting, Berg thanked Maric for his aid to Moldova.", // "to Moldova" is no meeting place
      [{ type: "meeting", participants: ["Lena Berg", "Ivo Maric"], date: "2024-05-15" }],
    ],
    [
      "Chancellor Lena Berg will host the next round of talks.", // a verb of taking part that also tells an event
      [{ type: "talks", participants: ["Lena Berg"], date: null }],
    ],
    [
      "Chancellor Lena Berg thanked Prime Minister Ivo Maric for hosting the summit.", // the host is the one thanked
      [{ type: "summit", participants: ["Ivo Maric"], date: null }],
    ],
    [
      "Chancellor Lena Berg praised Estonia for meeting its spending target.", // "meeting" a target is no event
      [],
    ],
    [
      "Chancellor Lena Berg will fly to Baku for COP29.", // a numbered climate conference is an event of its own kind
      [{ type: "visit", participants: ["Lena Berg"], date: null }, { type: "other", participants: ["Lena Berg"], date: null }],
    ],
    [
      "Chancellor Lena Berg thanked Prime Minister Ivo Maric and invited him to visit Vienna.", // "him" is the one named who is not inviting
      [{ type: "visit", participants: ["Ivo Maric"], date: null }],
    ],
    [
      "On Monday, Prime Minister Ivo Maric, who is touring Austria, held talks with Chancellor Lena Berg.", // a date before a closed relative clause still applies
      [{ type: "talks", participants: ["Ivo Maric", "Lena Berg"], date: "2024-05-13" }],
    ],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it("gives the people a visitor meets abroad the country of the place", () => {
    const people = extract("Peruvian Foreign Minister Rosa Ibarra held meetings in Nairobi with Trade Minister Wanjiru Kamau.").people;
    expect(people.map((person) => [person.name, person.country])).toEqual([
      ["Rosa Ibarra", "PE"],
      ["Wanjiru Kamau", "KE"],
    ]);
  });
});
