import type { Doc } from "../annotations.ts";
import { countryModifiers, countryOfPlace, placeParticles, placePrepositions } from "../lexicons/places.ts";
import { departureVerbs, eventNouns, eventVerbs, gatheringHeads, journeyTypes, welcomingVerbs } from "../lexicons/events.ts";
import { countryOfSurface } from "../countries/find-countries.ts";
import { isTrigger, type EventContext as Context } from "./context.ts";

// Where an event happens: a place after "in", "at" or a journey's "to", and its country.


/** A capitalised phrase starting at token `i`: "Kyiv", "Downing Street", "Washington, D.C.". */
function capitalisedPhrase({ doc }: Context, i: number): { text: string; end: number } | null {
  const { tokens } = doc;
  let end = i;
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "") && tokens[k]!.sentence === tokens[i]!.sentence;
  for (;;) {
    if (capitalised(end)) end++;
    else if (end > i && placeParticles.has(tokens[end]?.text ?? "") && capitalised(end + 1)) end += 2;
    // "Great Hall of the People", "Heads of Government Meeting"
    else if (end > i && tokens[end]?.text === "of" && (capitalised(end + 1) || (tokens[end + 1]?.text === "the" && capitalised(end + 2)))) end += tokens[end + 1]!.text === "the" ? 2 : 1;
    else break;
  }
  if (tokens[end]?.text === "," && tokens[end + 1]?.text === "D.C.") end += 2;
  if (end === i) return null;
  return { text: doc.content.slice(tokens[i]!.start, tokens[end - 1]!.end), end };
}


/** A visit, trip or travel told in tokens [from, to). */
function journeyBefore(doc: Doc, from: number, to: number): boolean {
  return doc.tokens.slice(from, to).some(({ text }) => journeyTypes.has(eventVerbs[text] ?? "") || journeyTypes.has(eventNouns[text] ?? ""));
}

/** The place and country an event happens in, read after the trigger and then before it. */
export function placeOf(context: Context, t: number, end: number, journey: boolean): { place: string | null; country: string | null } {
  const { doc, countryAt } = context;
  const { tokens } = doc;
  let place: string | null = null;
  let country: string | null = null;
  const sentenceStart = doc.sentences[tokens[t]!.sentence]!.tokenStart;
  const look = (from: number, to: number) => {
    for (let i = from; i < to && !place; i++) {
      if (context.insideQuote(i)) continue;
      const text = tokens[i]!.text;
      if (text === "," && tokens[i + 1]?.text === "and") break;
      // "to" leads to a journey's destination ("a visit to Japan", "travel to Brussels to attend the meeting"),
      // not to a meeting's place ("support to Ukraine").
      // "welcomed Ana Ruiz to Vienna": a guest received at a place.
      const welcomed = tokens.slice(sentenceStart, i).some((token) => welcomingVerbs.has(token.text));
      const toDestination = text === "to" && (journey || welcomed || journeyBefore(doc, sentenceStart, i));
      // "departs for Fiji": leaving for a place leads there too.
      const forDestination = text === "for" && departureVerbs.has(tokens[i - 1]?.text ?? "");
      const afterPreposition = (placePrepositions.has(text) && (text !== "to" || toDestination)) || forDestination || text === "capital" || (eventVerbs[tokens[i]!.text] === "visit" && i === t);
      if (!afterPreposition) continue;
      let j = i + 1;
      if (tokens[j]?.text === "the") j++;
      // "in neighboring Pakistan", "to war-torn Sudan": a modifier of the whole country before its name.
      if (countryModifiers.has(tokens[j]?.text ?? "") && countryAt.get(j + 1)?.cue === "name") j++;
      const mention = countryAt.get(j);
      if (mention) {
        // "visited Japan" names a place; "visited British troops" does not.
        if (mention.cue === "demonym") continue;
        if (mention.cue === "name") {
          country ??= mention.code;
          continue;
        }
      }
      const phrase = capitalisedPhrase(context, j);
      if (!phrase || isTrigger(tokens[j]!.text)) continue;
      const seat = countryOfSurface(phrase.text);
      const located = mention?.code ?? (seat?.cue === "capital" ? seat.code : null) ?? countryOfPlace(phrase.text);
      // "at the Commonwealth Heads of Government Meeting in Samoa": a gathering's name is no venue.
      if (gatheringHeads.has(tokens[phrase.end - 1]!.text)) continue;
      if (!located && text !== "capital" && text !== "at") continue;
      place = phrase.text;
      country = located ?? country;
    }
  };
  look(t, end);
  if (!place) look(Math.max(sentenceStart, t - 15), t);
  return { place, country };
}

/** "Brazil hosting the G20": the host country of a gathering with no place. */
export function hostCountry({ doc, countryAt }: Context, t: number): string | null {
  for (let i = t - 1; i >= Math.max(0, t - 4); i--) {
    if (doc.tokens[i]!.text === "hosting" || doc.tokens[i]!.text === "hosts") {
      const mention = countryAt.get(i - 1);
      return mention?.code ?? null;
    }
  }
  return null;
}


/**
 * "meetings with leaders in Europe and in the United Kingdom": a plural event noun whose place repeats its
 * preposition is one event per place. A region names no place or country ("Europe" gives neither). Empty
 * when the noun is singular or names one place.
 */
export function placesEach(context: Context, t: number, end: number): Array<{ place: string | null; country: string | null }> {
  const { doc, countryAt } = context;
  const { tokens } = doc;
  if (!tokens[t]!.text.endsWith("s")) return [];
  for (let i = t + 1; i < end; i++) {
    const preposition = tokens[i]!.text;
    if (!placePrepositions.has(preposition) || preposition === "to") continue;
    const places: Array<{ place: string | null; country: string | null }> = [];
    let k = i;
    while (k < end && tokens[k]!.text === preposition) {
      let j = k + 1;
      if (tokens[j]?.text === "the") j++;
      const phrase = capitalisedPhrase(context, j);
      if (!phrase) return [];
      const mention = countryAt.get(j);
      const known = mention?.cue === "name" ? mention.code : countryOfPlace(phrase.text);
      places.push(mention?.cue === "name" ? { place: null, country: mention.code } : { place: known ? phrase.text : null, country: known });
      k = phrase.end;
      if (tokens[k]?.text !== "and" || tokens[k + 1]?.text !== preposition) break;
      k++;
    }
    return places.length > 1 ? places : [];
  }
  return [];
}
