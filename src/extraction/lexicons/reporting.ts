// Verbs and words that report speech. Data only.

import { descriptionQualifiers, lowercaseOffices } from "./titles.ts";

/** Verbs whose complement is what was said: "said (that) …", "stressed …". */
export const reportingVerbs: ReadonlySet<string> = new Set([
  "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "noted", "notes", "conveyed",
  "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underscored", "underlined",
  "highlighted", "reiterated", "reaffirmed", "reminded", "pledged", "warned", "warns", "urged", "urges",
  "explained", "insisted", "argued", "claimed", "declared", "announced", "asserted", "observed", "remarked",
  "commented", "wrote", "tweeted", "replied", "responded", "confirmed", "predicted", "suggested",
  "maintained", "cautioned", "vowed", "promised", "acknowledged", "admitted", "indicated", "recalled",
  "quoted", "saying", "calling", "expressed",
]);

/** Verbs that report with a particle after them: "pointed out that …", "spelled out …". */
export const phrasalReportingVerbs: ReadonlyMap<string, string> = new Map([
  ["pointed", "out"], ["points", "out"], ["spelled", "out"], ["laid", "out"],
]);

/** Prepositions after a reporting verb that name a topic, not what was said: "warned of …", "spoke about …". */
export const topicPrepositions: ReadonlySet<string> = new Set(["of", "about"]);

/** Words before "to" that head a readout header naming the speaker: "Quotes attributable to …". */
export const attributionHeads: ReadonlySet<string> = new Set(["attributable", "attributed"]);

/** Verbs that take a statement only as a clause, not a noun phrase: "acknowledged he was …" but not "acknowledged Romania's progress". */
export const clauseOnlyVerbs: ReadonlySet<string> = new Set(["acknowledged", "admitted", "recalled", "confirmed", "announced", "conveyed"]);

/** "expressed his desire to …" is a statement; "expressed deep appreciation" is not. */
export const expressedStances: ReadonlySet<string> = new Set([
  "desire", "hope", "wish", "commitment", "consent", "intention", "determination", "willingness",
  "readiness", "belief", "confidence", "concern", "concerns", "view", "expectation", "opposition", "support",
  "resolve", "eagerness", "interest",
]);

/** Participles that introduce a quote within someone's sentence: "…, calling the two “great powers”". */
export const quotingParticiples: ReadonlySet<string> = new Set(["calling", "saying", "adding", "describing", "noting", "stressing", "warning", "urging", "insisting"]);

/** A speaker's further verbs that end a reported clause: "said he was open to talks and praised …". */
export const clauseEndingVerbs: ReadonlySet<string> = new Set([
  "praised", "expressed", "welcomed", "thanked", "congratulated", "hailed", "reiterated", "added", "stressed",
  "emphasized", "emphasised", "noted", "said", "called", "urged", "invited", "pledged", "vowed", "condemned",
  "announced", "agreed", "warned", "reaffirmed", "underscored", "highlighted", "acknowledged", "stated",
  "told", "discussed", "met", "visited", "signed", "criticized", "criticised", "accused", "promised",
]);

/** What may follow a trailing attribution's verb: "…, Carter said in a news conference", "…, she said today". */
export const attributionTails: ReadonlySet<string> = new Set([
  "in", "at", "on", "during", "after", "before", "while", "when", "to", "from", "with", "via", "ahead", "following",
  "today", "yesterday",
]);

/** Who a statement is told to, right after "told": "told reporters the deal was close". */
export const listeners: ReadonlySet<string> = new Set([
  "reporters", "journalists", "lawmakers", "legislators", "parliament", "delegates", "students", "troops",
  "supporters", "diplomats", "officials", "him", "her", "them", "us", "me", "colleagues", "senators",
]);

/** Words between a subject and its verb: "Xi also said", "he was quoted … as saying". */
export const adverbsBeforeVerb: ReadonlySet<string> = new Set([
  "also", "further", "again", "then", "later", "earlier", "previously", "repeatedly", "separately",
  "has", "had", "have", "was", "is", "were", "would", "will", "once", "recently", "publicly", "last", "first",
]);

/** Pronouns that stand for one person. */
export const singularPronouns: ReadonlySet<string> = new Set(["he", "she"]);

/** Object forms of those pronouns, which end a phrase too: "according to her". */
export const objectPronouns: ReadonlySet<string> = new Set(["him", "her"]);

/** Possessive pronouns of one person, which own what follows: "his visit", "her trip". */
export const ownerPronouns: ReadonlySet<string> = new Set(["his", "her"]);

/** Determiners of a noun that points back at something told before: "the talks", "this meeting", "that visit". */
export const referringDeterminers: ReadonlySet<string> = new Set(["the", "this", "that"]);

/** Pronouns of each gender, for agreement with a given name: "Ana Ruiz met Luis Pardo. She said …". */
export const femalePronouns: ReadonlySet<string> = new Set(["she", "her", "hers"]);
export const malePronouns: ReadonlySet<string> = new Set(["he", "him", "his"]);

/** Possessive pronouns that own a stance: "expressed his desire to …". */
export const possessivePronouns: ReadonlySet<string> = new Set(["his", "her", "their"]);

/** Verbs whose listener comes before what was said: "told reporters (that) …". */
export const tellingVerbs: ReadonlySet<string> = new Set(["told", "tells"]);

/** Verbs that report a stance noun: "expressed his desire to …", "conveyed Brazil's wish to …". */
export const stanceVerbs: ReadonlySet<string> = new Set(["expressed", "conveyed"]);

/** Subjects that are several people at once: their statements are not recorded. */
export const jointSubjects: ReadonlySet<string> = new Set(["they", "we", "both", "leaders", "two", "sides", "officials", "ministers", "delegations", "countries", "nations", "allies", "partners", "parties"]);

/** Nouns for an office used instead of a name: "the secretary said", "the Russian leader said", "the foreign minister said". */
export const roleNouns: ReadonlySet<string> = new Set([...lowercaseOffices, ...descriptionQualifiers]);

/** Verbs whose object a quotation completes: "called the pact “historic”". */
export const namingVerbs: ReadonlySet<string> = new Set(["called", "calling", "described", "describing", "named", "termed", "dubbed", "labelled", "labeled"]);
