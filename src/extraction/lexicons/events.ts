import type { EventType } from "../types.ts";

// Words that report events, and the words around them. Data only.

/** Nouns naming an event, by type. */
export const eventNouns: Readonly<Record<string, EventType>> = {
  talks: "talks",
  negotiations: "talks",
  consultations: "talks",
  meeting: "meeting",
  meetings: "meeting",
  // Official readouts capitalise a meeting's kind: "held a Foreign Ministers' Meeting with …".
  Meeting: "meeting",
  Talks: "talks",
  bilateral: "meeting",
  bilaterals: "meeting",
  ministerial: "meeting",
  roundtable: "meeting",
  "round-table": "meeting",
  Ministerial: "meeting",
  visit: "visit",
  visits: "visit",
  trip: "trip",
  summit: "summit",
  Summit: "summit",
  call: "call",
  phone: "call",
};

/** Verbs reporting an event, by type. Travel verbs become trips or visits (see the events stage). */
export const eventVerbs: Readonly<Record<string, EventType | "travel">> = {
  met: "meeting",
  meet: "meeting",
  meets: "meeting",
  hosted: "meeting",
  hosts: "meeting",
  host: "meeting",
  welcomed: "meeting",
  welcome: "meeting",
  welcomes: "meeting",
  received: "meeting",
  visited: "visit",
  visiting: "visit",
  visits: "visit",
  visit: "visit",
  traveled: "travel",
  travelled: "travel",
  travel: "travel",
  travels: "travel",
  travelling: "travel",
  traveling: "travel",
  flew: "travel",
  arrived: "travel",
  arrives: "travel",
  fly: "travel",
  flies: "travel",
  flying: "travel",
  // "departs for Fiji", "leaves for Madrid": leaving for a place.
  departs: "travel",
  departed: "travel",
  depart: "travel",
  departing: "travel",
  leaves: "travel",
  // "spoke with Chancellor Scholz", "talked by phone with …": only with a named person (see the events stage).
  spoke: "call",
  speaks: "call",
  talked: "call",
};

/** Verbs of receiving a guest whose "to" leads to the place: "welcomed Ana Ruiz to Vienna". */
export const welcomingVerbs: ReadonlySet<string> = new Set(["welcomed", "welcomes", "welcome", "welcoming"]);

/** Verbs of leaving whose "for" leads to the destination: "departs for Fiji", "left for Lima". */
export const departureVerbs: ReadonlySet<string> = new Set(["departs", "departed", "depart", "departing", "leaves", "left", "leaving", "heads", "headed", "heading", "bound"]);

/** Verbs whose subject takes part in the event their object names: "Xi and Putin held talks". */
export const participationVerbs: ReadonlySet<string> = new Set([
  "held", "hold", "holds", "holding", "had", "has", "have", "began", "begin", "begins", "started", "start",
  "concluded", "conclude", "attend", "attends", "attended", "attending", "host", "hosts", "hosting", "hosted",
  "during", "at", "joined", "join", "joins", "co-chaired", "chaired", "chair", "participated", "participates",
  "participate", "participating",
]);

/** Before "conference": a gathering of ministers or leaders is a meeting; a press conference is no event. */
export const gatheringConferences: ReadonlySet<string> = new Set(["ministers", "ministerial", "leaders", "defense", "defence", "foreign"]);

/** Last words of a gathering's name: "the Shangri-La Dialogue", "the Heads of Government Meeting". */
export const gatheringHeads: ReadonlySet<string> = new Set([
  "Summit", "Meeting", "Conference", "Forum", "Ministerial", "Consultations", "Dialogue", "Talks", "Assembly", "Congress",
]);

/** Numbered conferences of the parties to a convention: "COP27" is an event of its own kind. */
export const conferenceOfParties = /^COP\d+$/;

/** Named gatherings that are summits without the word: "the G7", "the G20". */
export const summitNames: ReadonlySet<string> = new Set(["G7", "G8", "G20", "G-7", "G-20", "BRICS", "APEC", "ASEAN"]);

/** Words that end the stretch of text an event's participants and place are read from. */
export const clauseBreaks: ReadonlySet<string> = new Set([
  ".", ";", ":", "!", "?", "which", "who", "where", "while", "whose", "as", "but", "since", "after", "before",
  "because", "although", "when",
]);

/** Offices that speak for an organisation a summit is named after: "the Canada-EU Summit". */
export const organisationOffices: Readonly<Record<string, RegExp>> = {
  EU: /\b(?:European|EU)\b/,
  NATO: /\b(?:NATO|North Atlantic|Secretary[- ]General)\b/,
  ASEAN: /\bASEAN\b/,
  AU: /\bAfrican Union\b/,
  UN: /\b(?:United Nations|UN|Secretary[- ]General)\b/,
};

/** Event kinds that are journeys, whose "to" leads to a destination. */
export const journeyTypes: ReadonlySet<string> = new Set(["visit", "trip", "travel"]);

/** Event kinds in which someone travels to the event's country. */
export const travelTypes: ReadonlySet<string> = new Set(["visit", "trip"]);

/** Participles before "by" naming those who travel with someone: "accompanied by a delegation including …". */
export const accompanyingWords: ReadonlySet<string> = new Set(["accompanied", "joined", "escorted"]);

/** Nouns for a group travelling together: "the delegation will visit …". */
export const delegationNouns: ReadonlySet<string> = new Set(["delegation", "entourage", "team", "mission"]);

/** Verbs by which someone heads such a group: "will lead a delegation". */
export const leadingVerbs: ReadonlySet<string> = new Set(["lead", "leads", "led", "leading", "head", "heads", "headed", "heading"]);

/** Verbs whose subject receives others as host: "will host the summit in Lima", "welcomed Ana Ruiz to Lima". */
export const hostingVerbs: ReadonlySet<string> = new Set(["host", "hosts", "hosted", "hosting", ...welcomingVerbs]);
