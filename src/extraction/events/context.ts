import type { CountryMention, DateMention, Doc, EventMention, PersonEntity } from "../annotations.ts";
import type { Coreference } from "../people/coreference.ts";
import type { EventType } from "../types.ts";
import { clauseBreaks, conferenceOfParties, eventNouns, eventVerbs, marginNouns, summitNames } from "../lexicons/events.ts";
import { reportingVerbs } from "../lexicons/reporting.ts";
import { frontingWords, listWords } from "../lexicons/clauses.ts";

export interface EventContext {
  doc: Doc;
  coreference: Coreference;
  countryAt: Map<number, CountryMention>;
  dates: DateMention[];
  insideQuote: (token: number) => boolean;
  /** The events found so far, in text order. */
  found: EventMention[];
  people: PersonEntity[];
}

/** A word that can tell an event: "talks", "met", "summit", "G7", "COP28". */
export const isTrigger = (text: string) => text in eventNouns || text in eventVerbs || summitNames.has(text) || conferenceOfParties.test(text);

/** The stretch after token `t` that its participants and place are read from: up to a clause break or the next event. */
export function clauseEnd({ doc, coreference }: EventContext, t: number): number {
  const { tokens } = doc;
  const sentence = tokens[t]!.sentence;
  const fronted = inFrontedPhrase(doc, t);
  let i = t + 1;
  while (i < tokens.length && i < t + 60 && tokens[i]!.sentence === sentence) {
    const text = tokens[i]!.text;
    // "In addition to the call between Xi and Putin, the ambassador said …": the fronted phrase ends at its comma.
    if (fronted && text === ",") break;
    // "meet with the Secretary of State, Ana Ruiz; the Speaker, Tom Hale; and …": semicolons between list items.
    if (text === ";" && listItemFollows(tokens, i, (k) => coreference.byStart.has(k))) {
      i++;
      continue;
    }
    // "spoke with her by phone on Sunday": "phone" tells the kind of call, not another event.
    if (reportingVerbs.has(text)) return attributionStart(doc.tokens, t, i);
    if (clauseBreaks.has(text) || (isTrigger(text) && text !== "phone" && !onMarginsOf(tokens, i))) break;
    i++;
  }
  return i;
}

/** Whether the words after the semicolon at `i`, up to the next one or the sentence's end, are a named list item, not a clause. */
function listItemFollows(tokens: Doc["tokens"], i: number, named: (k: number) => boolean): boolean {
  let hasName = false;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.text !== ";"; k++) {
    if (named(k)) hasName = true;
    if (/^\p{Ll}/u.test(tokens[k]!.text) && !listWords.has(tokens[k]!.text)) return false;
  }
  return hasName;
}

/**
 * "meet on the margins of the G20 Foreign Ministers' Meeting in New Delhi": the gathering at `i` tells where
 * (and not when) the event before it happens.
 */
export function onMarginsOf(tokens: Doc["tokens"], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (tokens[k]!.text === "the" || /^[\p{Lu}\d’']/u.test(tokens[k]!.text))) k--;
  return tokens[k]?.text === "of" && marginNouns.has(tokens[k - 1]?.text ?? "");
}

/**
 * "…, ministry press secretary Tom Berg said", "…, a ministry spokesman said":
 * the one reporting the event is not in it, so the stretch ends at the comma
 * before the speaker.
 */
function attributionStart(tokens: Doc["tokens"], t: number, verb: number): number {
  for (let i = verb - 1; i > Math.max(t, verb - 12); i--) if (tokens[i]!.text === ",") return i;
  return verb;
}


/** Whether token `t` lies in a phrase fronted before the sentence's subject: "In addition to the call …, the envoy said". */
function inFrontedPhrase(doc: Doc, t: number): boolean {
  const first = doc.sentences[doc.tokens[t]!.sentence]!.tokenStart;
  if (!frontingWords.has(doc.tokens[first]!.text)) return false;
  for (let k = first; k < t; k++) if (doc.tokens[k]!.text === ",") return false;
  return true;
}
