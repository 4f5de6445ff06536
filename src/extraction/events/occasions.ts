import { countryOfSurface } from "../countries/find-countries.ts";
import { countryOfPlace, nameConnectors } from "../lexicons/places.ts";
import { addressVerbs, attendingVerbs, eventNouns, gatheringVerbs, namedOccasionHeads, occasionNouns, standingBodyWords } from "../lexicons/events.ts";
import type { EventContext as Context } from "./context.ts";
import { isPossessive } from "../document.ts";

// Events of no listed kind ("other"), and gatherings told by their verb alone.

const capitalised = (text: string) => /^\p{Lu}/u.test(text);

/** The capitalised words of a name that ends at token `t`, first to last: "Munich Security Conference". */
function nameBefore({ doc }: Context, t: number): number {
  let k = t;
  while (k > 0 && doc.tokens[k - 1]!.sentence === doc.tokens[t]!.sentence && (capitalised(doc.tokens[k - 1]!.text) || nameConnectors.has(doc.tokens[k - 1]!.text))) k--;
  while (k < t && !capitalised(doc.tokens[k]!.text)) k++;
  return k;
}

/** A city or a country named inside a gathering's name ("Munich Security Conference" → Munich), or null. */
export function placeInName(context: Context, from: number, t: number): string | null {
  for (let k = from; k < t; k++) {
    const word = context.doc.tokens[k]!.text;
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && (countryOfPlace(word) !== null || countryOfSurface(word)?.cue === "name")) return word;
  }
  return null;
}

/**
 * Whether token `t` tells an event of no listed kind: a named conference ("the Munich Security Conference",
 * "the U.N. General Assembly"), an occasion someone attends ("will attend a gala", "attending a football
 * match"), or speaking before an assembly ("invited to address the Parliament of Canada").
 */
export function isOtherOccasion(context: Context, t: number): boolean {
  const { tokens } = context.doc;
  const text = tokens[t]!.text;
  if (namedOccasionHeads.has(text)) {
    const first = nameBefore(context, t);
    const next = tokens[t + 1];
    return first < t && !standingBodyWords.has(tokens[t - 1]!.text) && !(next && next.sentence === tokens[t]!.sentence && capitalised(next.text));
  }
  if (occasionNouns.has(text)) {
    // "attend an event", "attending an Africa Cup of Nations football match": the attended noun, a few words on.
    for (let k = t - 1; k >= Math.max(0, t - 8) && tokens[k]!.sentence === tokens[t]!.sentence; k--) {
      if (attendingVerbs.has(tokens[k]!.text)) return true;
      if (/^[,;:.]$/.test(tokens[k]!.text) || tokens[k]!.text in eventNouns) return false;
    }
    return false;
  }
  if (addressVerbs.has(text)) {
    // "address the Parliament of Canada", not "addressing the Solomon Islands’ economic issues".
    const object = tokens[t + 1]?.text === "the" ? t + 2 : t + 1;
    let end = object;
    while (capitalised(tokens[end]?.text ?? "")) end++;
    return end > object && !context.countryAt.has(object) && !isPossessive(tokens[end]?.text ?? "");
  }
  return false;
}

/** The country an address's assembly belongs to: "address the Parliament of Canada" → CA. */
export function assemblyCountry(context: Context, t: number): string | null {
  const { tokens } = context.doc;
  for (let k = t + 1; k < t + 8 && tokens[k]?.sentence === tokens[t]!.sentence; k++) {
    const mention = context.countryAt.get(k);
    if (mention?.cue === "name") return mention.code;
    if (!(capitalised(tokens[k]!.text) || nameConnectors.has(tokens[k]!.text))) break;
  }
  return null;
}

/**
 * "when the foreign ministers of 12 countries convene in Lima": a gathering told by its verb, with no one named
 * as host. Not "convene a meeting", where the noun tells the event.
 */
export function isGatheringVerb({ doc }: Context, t: number): boolean {
  const { tokens } = doc;
  if (!gatheringVerbs.has(tokens[t]!.text)) return false;
  for (let k = t + 1; k < t + 4 && tokens[k]?.sentence === tokens[t]!.sentence; k++) if (tokens[k]!.text in eventNouns) return false;
  return true;
}
