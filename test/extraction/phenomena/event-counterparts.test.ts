import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, date }) => ({ type, participants, date }));

describe("one event per noun phrase, one meeting per counterpart", () => {
  it.each([
    // an event noun before another is its modifier: "a ministerial meeting" is one meeting
    ["On Monday, Minister Tom Hale attended a ministerial meeting in Lima.", [{ type: "meeting", participants: ["Tom Hale"], date: "2024-05-13" }]],
    // the same with "bilateral talks"
    ["President Ivan Petrov held bilateral talks with Chancellor Rosa Ibarra on Tuesday.", [{ type: "talks", participants: ["Ivan Petrov", "Rosa Ibarra"], date: "2024-05-14" }]],
    // meetings with counterparts from several countries: one each, with the person of that country named later
    [
      "Minister Tom Hale held bilateral meetings with his counterparts from Peru, Chile and Bolivia. Hale and Peruvian Defense Minister Luis Pardo praised their cooperation. Hale then met Chilean Defense Minister Ana Costa.",
      [
        { type: "meeting", participants: ["Tom Hale", "Luis Pardo"], date: null },
        { type: "meeting", participants: ["Tom Hale", "Ana Costa"], date: null },
        { type: "meeting", participants: ["Tom Hale"], date: null },
      ],
    ],
    // the same with "peers", and no one named from either country
    [
      "On Monday, President Ivan Petrov held meetings with his peers from Austria and Hungary.",
      [
        { type: "meeting", participants: ["Ivan Petrov"], date: "2024-05-13" },
        { type: "meeting", participants: ["Ivan Petrov"], date: "2024-05-13" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
