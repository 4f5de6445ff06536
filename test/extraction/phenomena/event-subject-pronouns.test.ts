import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15. "He" and "she" in a story of someone's doings go on with the one
// the sentences are about, not with whoever was named last.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, date }) => ({ type, participants, date }));

describe("a subject pronoun continues the subject before it", () => {
  it.each([
    // the people of a fronted phrase are not the subject; the pronoun after it goes on with the story's subject
    [
      "On Monday, Minister Tom Hale chaired talks with regional partners. In this first meeting of Governor Ivo Maric and Mayor Omar Haddad, he urged restraint. On Tuesday, he participated in a ministerial meeting on energy.",
      [
        { type: "talks", participants: ["Tom Hale"], date: "2024-05-13" },
        { type: "meeting", participants: ["Tom Hale"], date: "2024-05-14" },
      ],
    ],
    // a pronoun later in a sentence goes on with that sentence's subject, even past a description of her
    [
      "Foreign Minister Eva Lind will meet Senator Ana Costa on Friday. The minister will also speak of her tour, which she began in Peru last month.",
      [
        { type: "meeting", participants: ["Eva Lind", "Ana Costa"], date: "2024-05-17" },
        { type: "trip", participants: ["Eva Lind"], date: null },
      ],
    ],
    // "she" opening the next sentence is the subject before, not the counterpart named last
    [
      "While in Chile, Minister Eva Lind will meet President Rosa Ibarra. She will also attend a roundtable with business leaders.",
      [
        { type: "meeting", participants: ["Eva Lind", "Rosa Ibarra"], date: null },
        { type: "meeting", participants: ["Eva Lind"], date: null },
      ],
    ],
    // after "where", the pronoun may be the traveller named in the clause, not the sentence's subject
    [
      "Petrov's trip coincides with a visit by Minister Tom Hale to Lima on Tuesday, where he is expected to meet Mayor Luis Pardo.",
      [
        { type: "visit", participants: ["Tom Hale"], date: "2024-05-14" },
        { type: "meeting", participants: ["Tom Hale", "Luis Pardo"], date: "2024-05-14" },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
