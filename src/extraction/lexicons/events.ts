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
  // "stops in Peru, Chile and Bolivia": the countries a journey calls at.
  stops: "visit",
  stopovers: "visit",
  trip: "trip",
  trips: "trip",
  // "begins a four-nation tour": a journey through several places.
  tour: "trip",
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
  "participate", "participating", "participation", "includes", "include", "included", "concludes", "concluded", "convene", "convenes", "convened", "convening",
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

/** Relative words whose antecedent is a person a later pronoun may stand for: "…, who said he would meet …". */
export const subordinateOpeners: ReadonlySet<string> = new Set(["who", "whom", "whose"]);

/** Nouns for the officials one meets by office: "met his counterparts from Poland and Romania". */
export const counterpartNouns: ReadonlySet<string> = new Set(["counterpart", "counterparts", "peers", "colleagues"]);

/** Last words of a named gathering that is neither a summit nor a meeting: "the Munich Security Conference", "the Raisina Dialogue". */
export const namedOccasionHeads: ReadonlySet<string> = new Set(["Conference", "Forum", "Dialogue", "Assembly", "Games", "Expo"]);

/** Words before such a head that make the name a standing body or a press event, not a gathering: "National Assembly", "Press Conference". */
export const standingBodyWords: ReadonlySet<string> = new Set(["National", "Legislative", "Constituent", "Press", "News", "Regional", "Provincial", "State"]);

/** Verbs of attending an occasion: "will attend an event at …", "attending a football match". */
export const attendingVerbs: ReadonlySet<string> = new Set(["attend", "attends", "attended", "attending", "watch", "watches", "watched", "watching"]);

/** Occasions someone attends, which are events of no listed kind: "a football match", "a wreath-laying ceremony". */
export const occasionNouns: ReadonlySet<string> = new Set([
  "event", "match", "game", "ceremony", "reception", "banquet", "concert", "parade", "inauguration", "funeral",
  "commemoration", "celebration", "celebrations", "festival", "exhibition", "gala", "forum", "launch",
]);

/** Verbs of speaking before an assembly: "to address the Parliament of Canada". */
export const addressVerbs: ReadonlySet<string> = new Set(["address", "addresses", "addressed", "addressing"]);

/** Verbs by which several people gather with no one named as host: "when the foreign ministers convene in Lima". */
export const gatheringVerbs: ReadonlySet<string> = new Set(["convene", "convenes", "convened", "convening", "gather", "gathers", "gathered", "assemble", "assembles", "assembled"]);

/** Words that open the clause a gathering verb's subject is read from: "…, when the ministers convene". */
export const clauseOpeners: ReadonlySet<string> = new Set([",", ";", "when", "as", "after", "before", "while", "where", "that", "once", "until"]);

/** Words after a reporting verb that tell what the speaker had just taken part in: "said after talks with …". */
export const afterSaying: ReadonlySet<string> = new Set(["after", "following"]);

/** Words before "call" that make it a call between people: "a phone call", "a video call". */
export const callMedia: ReadonlySet<string> = new Set(["phone", "video", "telephone"]);

/** Words after an event word that lead to who met: "a call with …", "the meeting between A and B". */
export const encounterLinks: ReadonlySet<string> = new Set(["with", "between"]);

/** The same, and "by" for journeys: "a visit by Ana Ruiz". */
export const counterpartLinks: ReadonlySet<string> = new Set(["by", "with", "between"]);

/** Capitalised event words that name a gathering by themselves: "the NATO Summit", "the Defense Ministerial". */
export const gatheringNameHeads: ReadonlySet<string> = new Set(["Summit", "Ministerial"]);

/** Nouns of a gathering's edge, where a side meeting happens: "on the sidelines of the G20". */
export const marginNouns: ReadonlySet<string> = new Set(["sideline", "sidelines", "margin", "margins"]);

/** Words opening a relative clause on an event noun: "the summit, which opened on Monday, …". */
export const relativeOpeners: ReadonlySet<string> = new Set(["which", "that"]);

/** Passive verbs whose "by" names who held a gathering: "was co-hosted by A and B". */
export const passiveHostingVerbs: ReadonlySet<string> = new Set(["hosted", "co-hosted", "chaired", "co-chaired", "attended", "led"]);

/** Subjects of an event told by a speaker in the first person: "I was delighted to meet …". */
export const firstPersonSubjects: ReadonlySet<string> = new Set(["I", "we", "We"]);

/** Words that own or introduce an event noun: "his visit", "the meeting", "a trip". */
export const nounDeterminers: ReadonlySet<string> = new Set(["his", "her", "their", "the", "a", "an"]);

/** Capitalised or plain words that may stand between an owner and its event noun: "Xi’s first official visit". */
export const eventModifiers: ReadonlySet<string> = new Set(["first", "second", "third", "surprise", "official", "state", "recent", "upcoming", "historic"]);

/** Verbs whose subject receives others as host: "will host the summit in Lima", "welcomed Ana Ruiz to Lima". */
export const hostingVerbs: ReadonlySet<string> = new Set(["host", "hosts", "hosted", "hosting", ...welcomingVerbs]);
