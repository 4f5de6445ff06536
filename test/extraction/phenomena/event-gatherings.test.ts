import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, place, country, date }) => ({ type, participants, place, country, date }));

describe("gatherings told by their verb or by the city that hosts them", () => {
  it.each([
    // unnamed ministers convene; a later "the talks" names who takes part, and keeps the gathering's kind and day
    [
      "Trade will be on the agenda when the trade ministers of nine countries convene in Lima on Thursday. Minister Tom Hale will chair the talks.",
      [{ type: "meeting", participants: ["Tom Hale"], place: "Lima", country: "PE", date: "2024-05-16" }],
    ],
    // the same with "gather" and "the meeting"
    [
      "Finance ministers will gather in Vienna on Friday. Minister Eva Lind will attend the meeting.",
      [{ type: "meeting", participants: ["Eva Lind"], place: "Vienna", country: "AT", date: "2024-05-17" }],
    ],
    // a gathering of no one named, never referred to again, is no event
    ["The ministers gathered in Lima on Monday to discuss fishing quotas.", []],
    // a summit named by its host city is a named gathering, with no one named
    [
      "Heads of government are invited to the Vienna summit next week.",
      [{ type: "summit", participants: [], place: "Vienna", country: "AT", date: null }],
    ],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
