import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, place, country }) => ({ type, participants, place, country }));

describe("journeys owned by a possessive", () => {
  it.each([
    // a capitalised "Their" opening the sentence owns the plural journeys: one per traveller
    [
      "President Ivan Petrov and Chancellor Rosa Ibarra are in Peru this week. Their visits come as Lima seeks investment.",
      [
        { type: "visit", participants: ["Ivan Petrov"], place: null, country: null },
        { type: "visit", participants: ["Rosa Ibarra"], place: null, country: null },
      ],
    ],
    // the same with "trips"
    [
      "Minister Tom Hale and Senator Ana Costa left Lima on Monday. Their trips will last a week.",
      [
        { type: "trip", participants: ["Tom Hale"], place: null, country: null },
        { type: "trip", participants: ["Ana Costa"], place: null, country: null },
      ],
    ],
    // an owned journey with a destination of its own is not the journey told before
    [
      "Minister Ana Costa and President Ivan Petrov are in Peru this week. Their visits come as Lima seeks investment. During his first trip to Chile last month, Petrov signed a trade deal.",
      [
        { type: "visit", participants: ["Ana Costa"], place: null, country: null },
        { type: "visit", participants: ["Ivan Petrov"], place: null, country: null },
        { type: "trip", participants: ["Ivan Petrov"], place: null, country: "CL" },
      ],
    ],
    // an owned journey with no destination of its own is the one told before
    [
      "President Ivan Petrov arrived in Chile on Monday. His visit will focus on trade.",
      [{ type: "visit", participants: ["Ivan Petrov"], place: null, country: "CL" }],
    ],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
