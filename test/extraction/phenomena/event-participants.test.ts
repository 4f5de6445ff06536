import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const participantsIn = (text: string) => extract(text).events.map(({ type, participants }) => ({ type, participants }));

describe("who takes part in an event", () => {
  it.each([
    [
      "Minister Tomas Varga met President Ivan Petrov. Varga said he had invited Petrov to visit Vienna next month.", // the invited guest makes the visit
      [
        { type: "meeting", participants: ["Tomas Varga", "Ivan Petrov"] },
        { type: "visit", participants: ["Ivan Petrov"] },
      ],
    ],
    [
      "Minister Rosa Ibarra briefed Senator Ana Costa on her call with President Ivan Petrov on Friday.", // a possessive call belongs to the sentence's subject
      [{ type: "call", participants: ["Rosa Ibarra", "Ivan Petrov"] }],
    ],
    [
      "Minister Rosa Ibarra spoke by phone with President Ivan Petrov on Friday, ministry spokesman Tomas Varga said.", // the spokesman reports the call, he is not on it
      [{ type: "call", participants: ["Rosa Ibarra", "Ivan Petrov"] }],
    ],
    [
      "Leaders gathered for the Lima Summit. The summit, which began on Monday, was chaired by President Ivan Petrov.", // a later definite mention gives the named gathering its chair
      [{ type: "summit", participants: ["Ivan Petrov"] }],
    ],
    [
      "The talks come after a trip last month by the deputy minister, Tomas Varga, to the border.", // the traveller follows the trip's time
      [{ type: "trip", participants: ["Tomas Varga"] }],
    ],
    [
      "Minister Ken Sato held talks with his counterpart, Tomas Varga. The two ministers will join a video call with President Ivan Petrov.", // "the two ministers" when one was never called a minister: the pair of the last talks
      [
        { type: "talks", participants: ["Ken Sato", "Tomas Varga"] },
        { type: "call", participants: ["Ken Sato", "Tomas Varga", "Ivan Petrov"] },
      ],
    ],
  ])("%s", (text, expected) => {
    expect(participantsIn(text)).toEqual(expected);
  });
});
