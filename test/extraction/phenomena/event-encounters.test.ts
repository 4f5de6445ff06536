import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

// Published on Wednesday 2024-05-15.
const eventsIn = (text: string) => extract(text).events.map(({ type, participants, place, country, date }) => ({ type, participants, place, country, date }));

describe("encounters, counterparts and journeys", () => {
  it.each([
    // one encounter told by a verb and a noun: the noun names it more exactly
    [
      "President Ivan Petrov and Chancellor Rosa Ibarra met on Monday and held formal talks in Vienna.",
      [{ type: "talks", participants: ["Ivan Petrov", "Rosa Ibarra"], place: "Vienna", country: "AT", date: "2024-05-13" }],
    ],
    // several counterparts of one verb: one meeting each
    [
      "Minister Tomas Varga met Senator Ana Costa, Governor Luis Pardo and Mayor Eva Lind in Lima on Tuesday.",
      [
        { type: "meeting", participants: ["Tomas Varga", "Ana Costa"], place: "Lima", country: "PE", date: "2024-05-14" },
        { type: "meeting", participants: ["Tomas Varga", "Luis Pardo"], place: "Lima", country: "PE", date: "2024-05-14" },
        { type: "meeting", participants: ["Tomas Varga", "Eva Lind"], place: "Lima", country: "PE", date: "2024-05-14" },
      ],
    ],
    // counterparts listed with semicolons between offices and names: one meeting each
    [
      "On Friday, Minister Tomas Varga will meet in Lima with the Speaker of the Congress, Ana Costa; the Governor of the Central Bank, Luis Pardo; and the Mayor, Eva Lind.",
      [
        { type: "meeting", participants: ["Tomas Varga", "Ana Costa"], place: "Lima", country: "PE", date: "2024-05-17" },
        { type: "meeting", participants: ["Tomas Varga", "Luis Pardo"], place: "Lima", country: "PE", date: "2024-05-17" },
        { type: "meeting", participants: ["Tomas Varga", "Eva Lind"], place: "Lima", country: "PE", date: "2024-05-17" },
      ],
    ],
    // a semicolon before a new clause still ends the meeting's stretch
    [
      "Minister Tomas Varga met Senator Ana Costa; later he praised Governor Luis Pardo.",
      [{ type: "meeting", participants: ["Tomas Varga", "Ana Costa"], place: null, country: null, date: null }],
    ],
    // a couple welcomed together is one meeting
    [
      "President Ivan Petrov welcomed Governor Luis Pardo and Dr. Marta Pardo to Vienna on Tuesday.",
      [{ type: "meeting", participants: ["Ivan Petrov", "Luis Pardo", "Marta Pardo"], place: "Vienna", country: "AT", date: "2024-05-14" }],
    ],
    // subject raising: the one expected to meet is the sentence's subject, through a description
    [
      "Chilean President Ana Costa arrived in Lima. The Chilean president is expected to meet Governor Luis Pardo.",
      [
        { type: "visit", participants: ["Ana Costa"], place: "Lima", country: "PE", date: null },
        { type: "meeting", participants: ["Ana Costa", "Luis Pardo"], place: null, country: null, date: null },
      ],
    ],
    // future travel: leaving "for" a country on a weekday after publication
    [
      "Foreign Minister Eva Lind departs for Peru on Monday.",
      [{ type: "visit", participants: ["Eva Lind"], place: null, country: "PE", date: "2024-05-20" }],
    ],
    // a modifier of the whole country between the preposition and the name
    [
      "President Ana Costa arrived in neighboring Peru on Tuesday.",
      [{ type: "visit", participants: ["Ana Costa"], place: null, country: "PE", date: "2024-05-14" }],
    ],
    // a meeting with a host during a journey happens at the journey's destination
    [
      "Chilean President Ana Costa visited Lima on Monday. On Tuesday, she met Peruvian Foreign Minister Luis Pardo.",
      [
        { type: "visit", participants: ["Ana Costa"], place: "Lima", country: "PE", date: "2024-05-13" },
        { type: "meeting", participants: ["Ana Costa", "Luis Pardo"], place: "Lima", country: "PE", date: "2024-05-14" },
      ],
    ],
    // a counterpart of another country gives the meeting no place from the journey
    [
      "Chilean President Ana Costa visited Lima on Monday. On Tuesday, she met Bolivian Foreign Minister Luis Arce.",
      [
        { type: "visit", participants: ["Ana Costa"], place: "Lima", country: "PE", date: "2024-05-13" },
        { type: "meeting", participants: ["Ana Costa", "Luis Arce"], place: null, country: null, date: "2024-05-14" },
      ],
    ],
    // a journey listing its destinations: one visit per country
    [
      "Foreign Minister Eva Lind will visit Peru, the Republic of Chile (ROC) and Bolivia next week.",
      [
        { type: "visit", participants: ["Eva Lind"], place: null, country: "PE", date: null },
        { type: "visit", participants: ["Eva Lind"], place: null, country: "CL", date: null },
        { type: "visit", participants: ["Eva Lind"], place: null, country: "BO", date: null },
      ],
    ],
    // the same told with "travel to"
    [
      "Foreign Minister Eva Lind traveled to Peru and Chile on Monday.",
      [
        { type: "visit", participants: ["Eva Lind"], place: null, country: "PE", date: "2024-05-13" },
        { type: "visit", participants: ["Eva Lind"], place: null, country: "CL", date: "2024-05-13" },
      ],
    ],
    // a host who "will welcome" a guest meets them
    [
      "President Ivan Petrov will welcome Prime Minister Luis Pardo on Friday.",
      [{ type: "meeting", participants: ["Ivan Petrov", "Luis Pardo"], place: null, country: null, date: "2024-05-17" }],
    ],
    // a fronted "During a trip …" belongs to the subject after the comma
    [
      "During a trip to Peru on Tuesday, Foreign Minister Eva Lind announced new aid.",
      [{ type: "trip", participants: ["Eva Lind"], place: null, country: "PE", date: "2024-05-14" }],
    ],
    // the same with "During his visit"
    [
      "During his visit to Lima, President Tom Hale opened a school.",
      [{ type: "visit", participants: ["Tom Hale"], place: "Lima", country: "PE", date: null }],
    ],
    // a delegation as the subject: its leader and the members named in the aside
    [
      "Foreign Minister Eva Lind will lead a trade delegation this month. The delegation – which also includes Senator Ana Costa and Mayor Luis Pardo – will visit Peru.",
      [{ type: "visit", participants: ["Eva Lind", "Ana Costa", "Luis Pardo"], place: null, country: "PE", date: null }],
    ],
    // the same with commas around the aside and a trip
    [
      "Minister Tom Hale heads a small delegation. The delegation, which includes Dr. Omar Haddad, traveled to Chile on Monday.",
      [{ type: "visit", participants: ["Tom Hale", "Omar Haddad"], place: null, country: "CL", date: "2024-05-13" }],
    ],
    // a call named by its date: "During a May 8 call, A and B …"
    [
      "During a May 8 call, President Ivan Petrov and Chancellor Rosa Ibarra agreed on a joint plan.",
      [{ type: "call", participants: ["Ivan Petrov", "Rosa Ibarra"], place: null, country: null, date: "2024-05-08" }],
    ],
    // "the call between A and B"
    [
      "Chancellor Rosa Ibarra spoke. The call between President Ivan Petrov and Ibarra lasted an hour.",
      [{ type: "call", participants: ["Ivan Petrov", "Rosa Ibarra"], place: null, country: null, date: null }],
    ],
    // a call for something is no call
    ["President Ivan Petrov renewed his call for calm on Monday.", []],
    // a fronted "During" right after a dateline
    [
      "LIMA — During a visit to Peru on Monday, Foreign Minister Eva Lind opened a school.",
      [{ type: "visit", participants: ["Eva Lind"], place: null, country: "PE", date: "2024-05-13" }],
    ],
    // taking part in a roundtable is a meeting
    [
      "On Monday, Foreign Minister Eva Lind participated in a roundtable with regional partners.",
      [{ type: "meeting", participants: ["Eva Lind"], place: null, country: null, date: "2024-05-13" }],
    ],
    // "visiting" as an adjective after an article tells no visit
    ["Dr. Omar Haddad, a visiting professor at a university in Lima, spoke.", []],
    // the same after a possessive
    ["Minister Eva Lind thanked their visiting delegation.", []],
  ])("%s", (text, expected) => {
    expect(eventsIn(text)).toEqual(expected);
  });
});
