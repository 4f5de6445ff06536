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

describe("plural meetings in several places", () => {
  it.each([
    // "in A and in B": one meeting per place; a region names neither place nor country
    [
      "Referencing his recent meetings with leaders in Africa and in Peru, President Ivan Petrov called for calm.",
      [
        { type: "meeting", participants: ["Ivan Petrov"], place: null, country: null },
        { type: "meeting", participants: ["Ivan Petrov"], place: null, country: "PE" },
      ],
    ],
    // the same with cities and "at"-less "in"
    [
      "Minister Eva Lind held talks with investors in Lima and in Vienna.",
      [
        { type: "talks", participants: ["Eva Lind"], place: "Lima", country: "PE" },
        { type: "talks", participants: ["Eva Lind"], place: "Vienna", country: "AT" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(extract(text).events.map(({ type, participants, place, country }) => ({ type, participants, place, country }))).toEqual(expected);
  });
});

describe("what a phrase around an event leaves out", () => {
  it.each([
    // a fronted phrase ends at its comma: the subject after it is not in the call, and the call told again is one
    [
      "During a May 8 call, President Ivan Petrov and Chancellor Rosa Ibarra agreed on a plan. In addition to the call between Petrov and Ibarra, Ambassador Tom Hale told reporters that talks would follow.",
      [{ type: "call", participants: ["Ivan Petrov", "Rosa Ibarra"], date: "2024-05-08" }],
    ],
    // plural meetings with unnamed leaders sum up the meetings told one by one
    [
      "President Ivan Petrov arrived in Lima on Monday for official meetings with the host nation's leaders. He is scheduled to meet President Ana Costa and Mayor Luis Pardo.",
      [
        { type: "visit", participants: ["Ivan Petrov"], date: "2024-05-13" },
        { type: "meeting", participants: ["Ivan Petrov", "Ana Costa"], date: null },
        { type: "meeting", participants: ["Ivan Petrov", "Luis Pardo"], date: null },
      ],
    ],
    // with no meeting told one by one, the plural meetings stay an event
    [
      "President Ivan Petrov arrived in Lima on Monday for official meetings with the host nation's leaders.",
      [
        { type: "visit", participants: ["Ivan Petrov"], date: "2024-05-13" },
        { type: "meeting", participants: ["Ivan Petrov"], date: "2024-05-13" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(extract(text).events.map(({ type, participants, date }) => ({ type, participants, date }))).toEqual(expected);
  });
});
