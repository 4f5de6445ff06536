import { describe, expect, it } from "vitest";
import { extract, extractUnder } from "../helpers.ts";

// Published on Wednesday 2024-05-15. Occasions of no listed kind are "other" events.
const shape = ({ type, participants, place, country, date }: ReturnType<typeof extract>["events"][number]) => ({ type, participants, place, country, date });
const eventsIn = (text: string) => extract(text).events.map(shape);

describe("occasions someone attends, named conferences and addresses to an assembly", () => {
  it.each([
    // an occasion as the object of "attend"
    [
      "President Ivan Petrov attended a wreath-laying ceremony in Vienna on Monday.",
      [{ type: "other", participants: ["Ivan Petrov"], place: "Vienna", country: "AT", date: "2024-05-13" }],
    ],
    // the same with a gerund and a long name before the noun
    [
      "Minister Tom Hale's programme includes attending a Copa America football match next month.",
      [{ type: "other", participants: ["Tom Hale"], place: null, country: null, date: null }],
    ],
    // a named conference taken part in, with its own place
    [
      "Minister Tom Hale participated in the Raisina Dialogue in New Delhi on Tuesday.",
      [{ type: "other", participants: ["Tom Hale"], place: "New Delhi", country: "IN", date: "2024-05-14" }],
    ],
    // a convened meeting at a named assembly: the meeting, and the assembly it is held at
    [
      "Minister Tom Hale will convene a ministerial meeting at the coming U.N. General Assembly.",
      [
        { type: "meeting", participants: ["Tom Hale"], place: null, country: null, date: null },
        { type: "other", participants: ["Tom Hale"], place: null, country: null, date: null },
      ],
    ],
    // invited to address a parliament: a planned speech, in the parliament's country
    [
      "Chancellor Rosa Ibarra accepted an invitation to address the Parliament of Peru.",
      [{ type: "other", participants: ["Rosa Ibarra"], place: null, country: "PE", date: null }],
    ],
    // addressing an issue is no event
    ["For Minister Tom Hale, the priority will be addressing Peru’s debt.", []],
    // a standing body's name is no gathering
    ["Minister Tom Hale praised the National Assembly on Monday.", []],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });

  it("reads a named conference from the headline, its place from the name", () => {
    const events = extractUnder("Minister Tom Hale concludes participation in Vienna Energy Forum", "On Friday, Minister Tom Hale spoke about energy prices to students.").events.map(shape);
    expect(events).toEqual([{ type: "other", participants: ["Tom Hale"], place: "Vienna", country: "AT", date: null }]);
  });
});
