import { describe, expect, it } from "vitest";
import { eventTitle } from "../../src/extraction/index.ts";
import { extract } from "./helpers.ts";

// Published on Wednesday 2024-05-15.
const events = (text: string) =>
  extract(text).events.map(({ type, participants, place, country, date }) => ({ type, participants, place, country, date }));

describe("events", () => {
  it.each([
    [
      "Foreign Minister Rosa Ibarra met with Defence Minister Chidi Okonkwo in Lima on Monday.", // a meeting verb with its object, place and weekday
      { type: "meeting", participants: ["Rosa Ibarra", "Chidi Okonkwo"], place: "Lima", country: "PE", date: "2024-05-13" },
    ],
    [
      "On Tuesday, President Ivan Petrov and Chancellor Mirela Dobre held talks in Vienna.", // a coordinated subject holding talks
      { type: "talks", participants: ["Ivan Petrov", "Mirela Dobre"], place: "Vienna", country: "AT", date: "2024-05-14" },
    ],
    [
      "President Ivan Petrov began a state visit to Japan yesterday.", // a visit to a country, no city
      { type: "visit", participants: ["Ivan Petrov"], place: null, country: "JP", date: "2024-05-14" },
    ],
    [
      "Chancellor Mirela Dobre hosted President Ivan Petrov at the Hofburg today.", // a host and a guest
      { type: "meeting", participants: ["Mirela Dobre", "Ivan Petrov"], place: "Hofburg", country: null, date: "2024-05-15" },
    ],
    [
      "President Ivan Petrov held a phone call with Chancellor Mirela Dobre.", // a call has no place
      { type: "call", participants: ["Ivan Petrov", "Mirela Dobre"], place: null, country: null, date: null },
    ],
    [
      "Leaders will gather at the 2025 Osaka Summit.", // a named summit with no named participant
      { type: "summit", participants: [], place: "Osaka", country: "JP", date: null },
    ],
    [
      "Envoys prepared the agenda for the NATO summit in Oslo in July.", // an organisation's summit, lower-case, with no one said to attend
      { type: "summit", participants: [], place: "Oslo", country: "NO", date: null },
    ],
    [
      "Minister Rosa Ibarra will meet Senator Ana Costa on the margins of the G20 Trade Ministers' Meeting in Lima.", // the gathering on whose margins they meet gives the place
      { type: "meeting", participants: ["Rosa Ibarra", "Ana Costa"], place: "Lima", country: "PE", date: null },
    ],
    [
      "The two-day summit, which began on Monday, was co-hosted by President Ivan Petrov and Chancellor Mirela Dobre.", // passive hosts take part; the relative clause dates it
      { type: "summit", participants: ["Ivan Petrov", "Mirela Dobre"], place: null, country: null, date: "2024-05-13" },
    ],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual([expected]);
  });

  it("gives one meeting per named counterpart of plural meetings", () => {
    const text = "Foreign Minister Rosa Ibarra ended two days of meetings in Madrid with Senator Ana Costa, Jon Ugarte and Lena Holm.";
    expect(events(text).map((event) => event.participants)).toEqual([
      ["Rosa Ibarra", "Ana Costa"],
      ["Rosa Ibarra", "Jon Ugarte"],
      ["Rosa Ibarra", "Lena Holm"],
    ]);
  });

  it("calls travel a trip when the article does, and a visit otherwise", () => {
    const trip = events("Minister Rosa Ibarra traveled to Quito on Monday. The trip lasted a day.");
    const visit = events("Minister Rosa Ibarra traveled to Quito on Monday. She returned on Tuesday.");
    expect(trip.map((event) => event.type)).toEqual(["trip"]);
    expect(visit.map((event) => event.type)).toEqual(["visit"]);
  });

  it("keeps one event told twice, from a possessive and a pronoun", () => {
    const text = "President Ivan Petrov arrived in Hanoi. Petrov’s visit to Hanoi was brief. His visit ended quietly.";
    expect(events(text)).toEqual([{ type: "visit", participants: ["Ivan Petrov"], place: "Hanoi", country: "VN", date: null }]);
  });

  it.each([
    ["Officials discussed the upcoming talks.", "no participant"],
    ["The minister held a press conference.", "a press conference"],
    ['President Ivan Petrov said: "I was glad to meet the Chancellor."', "an event told in the first person"],
  ])("invents nothing for %j (%s)", (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe("eventTitle", () => {
  it.each([
    [["talks", ["Ana Costa", "Jon Reyes"], null], "Talks between Ana Costa and Jon Reyes"],
    [["meeting", ["Ana Costa", "Jon Reyes", "Lena Holm"], "Lima"], "Meeting between Ana Costa, Jon Reyes and Lena Holm in Lima"],
    [["visit", ["Ana Costa"], "Quito"], "Ana Costa's visit to Quito"],
    [["trip", ["Ana Costa"], null], "Ana Costa's trip"],
    [["trip", ["Ana Costa", "Jon Reyes"], "Quito"], "Trip by Ana Costa and Jon Reyes to Quito"], // travellers together, not "between" each other
    [["visit", [], "Quito"], "Visit to Quito"], // no traveller named
    [["summit", [], "Osaka"], "Summit in Osaka"],
    [["summit", ["Ana Costa"], "Osaka"], "Summit with Ana Costa in Osaka"],
    [["call", ["Ana Costa", "Jon Reyes"], null], "Call between Ana Costa and Jon Reyes"],
  ] as const)("%j → %s", ([type, participants, place], expected) => {
    expect(eventTitle(type, [...participants], place)).toBe(expected);
  });
});

describe("event dates", () => {
  it("gives undated talks told just before a dated saying the saying's day, and keeps a later undated retelling as the same talks", () => {
    const text = "Trade will grow, Minister Rosa Ibarra said on Monday after talks with Senator Ana Costa. Ibarra held three hours of talks with Costa at the palace.";
    expect(extract(text).events.map(({ type, participants, date }) => ({ type, participants, date }))).toEqual([
      { type: "talks", participants: ["Rosa Ibarra", "Ana Costa"], date: "2024-05-13" },
    ]);
  });

  it("keeps the day of an arrival told in a relative clause off the meeting the sentence reports", () => {
    const found = extract("Minister Rosa Ibarra, who arrived in Quito on Monday, was received by President Ivan Petrov.").events;
    expect(found.map(({ type, participants, date }) => ({ type, participants, date }))).toEqual([
      { type: "visit", participants: ["Rosa Ibarra"], date: "2024-05-13" },
      { type: "meeting", participants: ["Rosa Ibarra", "Ivan Petrov"], date: null },
    ]);
  });

  it("leaves the day of talks held on a gathering's sidelines to the talks", () => {
    const found = extract("Minister Rosa Ibarra held talks with Senator Ana Costa on Tuesday on the sidelines of the Lima Summit.").events;
    expect(found.map(({ type, date }) => ({ type, date }))).toEqual([
      { type: "talks", date: "2024-05-14" },
      { type: "summit", date: null },
    ]);
  });
});
