import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, place, country }) => ({ type, participants, place, country }));

describe("itineraries, stops and who spoke after a meeting", () => {
  it.each([
    // a tour with stops in listed countries: the tour is a trip, and each stop a visit
    [
      "Minister Tom Hale's tour also includes stops in Peru, Chile, and Bolivia.",
      [
        { type: "trip", participants: ["Tom Hale"], place: null, country: null },
        { type: "visit", participants: ["Tom Hale"], place: null, country: "PE" },
        { type: "visit", participants: ["Tom Hale"], place: null, country: "CL" },
        { type: "visit", participants: ["Tom Hale"], place: null, country: "BO" },
      ],
    ],
    // an itinerary that includes a visit, to a city whose name holds a particle
    [
      "Minister Eva Lind's itinerary includes a visit to Rio de Janeiro.",
      [{ type: "visit", participants: ["Eva Lind"], place: "Rio de Janeiro", country: "BR" }],
    ],
    // one who speaks after a meeting took part in it
    [
      "Explaining what Foreign Minister Tom Hale said after a meeting of trade ministers in March, the envoy said the plan works.",
      [{ type: "meeting", participants: ["Tom Hale"], place: null, country: null }],
    ],
    // the same with "following"
    [
      "President Ivan Petrov said following a ministerial meeting in Vienna that trade grew.",
      [{ type: "meeting", participants: ["Ivan Petrov"], place: "Vienna", country: "AT" }],
    ],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
