import { describe, expect, it } from "vitest";
import { extractUnder } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsUnder = (title: string, text: string) =>
  extractUnder(title, text).events.map(({ type, participants, place, country, date }) => ({ type, participants, place, country, date }));

describe("a headline summarises the events its body tells", () => {
  it.each([
    // the headline names the counterpart the body leaves to an office: one meeting with both
    [
      "Readout of President Ivan Petrov's Meeting with Chancellor Rosa Ibarra",
      "Today, President Ivan Petrov met at the palace to discuss energy prices. Chancellor Rosa Ibarra thanked him for the invitation.",
      [{ type: "meeting", participants: ["Ivan Petrov", "Rosa Ibarra"], place: null, country: null, date: "2024-05-15" }],
    ],
    // a headline visit and the body's visit by the same traveller are one journey, the body's day kept
    [
      "Minister Tom Hale begins visit to Peru",
      "Foreign Minister Tom Hale arrived in Lima on Monday for a three-day visit.",
      [{ type: "visit", participants: ["Tom Hale"], place: "Lima", country: "PE", date: "2024-05-13" }],
    ],
    // the headline's place fills the body's event that has none
    [
      "Chancellor Rosa Ibarra and President Ivan Petrov hold talks in Vienna",
      "Chancellor Rosa Ibarra held talks with President Ivan Petrov on Tuesday about trade.",
      [{ type: "talks", participants: ["Rosa Ibarra", "Ivan Petrov"], place: "Vienna", country: "AT", date: "2024-05-14" }],
    ],
    // a headline event the body does not tell stays an event of its own
    [
      "Minister Eva Lind to visit Chile",
      "The ministry said on Tuesday that Lind would open a school there.",
      [{ type: "visit", participants: ["Eva Lind"], place: null, country: "CL", date: null }],
    ],
  ])("%s", (title, text, expected) => {
    expect(eventsUnder(title, text)).toEqual(expected);
  });
});
