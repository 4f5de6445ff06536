import type { PersonEntity } from "../annotations.ts";
import { counterpartNouns } from "../lexicons/events.ts";
import type { EventContext as Context } from "./context.ts";

/**
 * The countries a list names, in order, from token `i`: "Fiji, the Republic of Palau (ROP) and Samoa" → FJ,
 * PW, WS. Only names joined by commas, "and", "the" and bracketed abbreviations count.
 */
export function listedCountries({ doc, countryAt }: Context, i: number, end: number): string[] {
  const { tokens } = doc;
  const found: string[] = [];
  while (i < end) {
    const text = tokens[i]!.text;
    const mention = countryAt.get(i);
    if (mention?.cue === "name") {
      if (!found.includes(mention.code)) found.push(mention.code);
      i = mention.tokenEnd;
    } else if (/^(?:,|and|the)$/.test(text)) i++;
    else if (text === "(" && tokens[i + 2]?.text === ")") i += 3;
    else break;
  }
  return found;
}

/**
 * "held bilateral meetings with his counterparts from Poland, Romania and Spain": one meeting per country
 * listed, each with the person of that country the article names (none when it names no one from there).
 * Null when the meetings are not told by their counterparts' countries.
 */
export function meetingsByCounterpartCountry(context: Context, t: number, end: number, subject: PersonEntity[]): PersonEntity[][] | null {
  const { tokens } = context.doc;
  for (let i = t + 1; i < end - 1; i++) {
    if (!counterpartNouns.has(tokens[i]!.text) || tokens[i + 1]!.text !== "from") continue;
    const countries = listedCountries(context, i + 2, end);
    if (countries.length < 2) return null;
    return countries.map((code) => {
      const counterpart = context.people.find((person) => !subject.includes(person) && context.coreference.countryOf(person) === code);
      return [...subject, ...(counterpart ? [counterpart] : [])];
    });
  }
  return null;
}
