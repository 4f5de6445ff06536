import type { Doc, Token } from "../annotations.ts";
import { isPossessive } from "../document.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { countryOfSurface } from "../countries/find-countries.ts";
import { honorifics, lowercaseOffices, lowercaseQualifiers, notNames, officeConnectors, officeCopulas, officeLinks, portfolioPrepositions, officeQualifiers, officeTitles, roleWords } from "../lexicons/titles.ts";
import { servingPrepositions } from "../lexicons/places.ts";
import { articles, listSeparators, ownerLinks, relativePronouns } from "../lexicons/clauses.ts";

// The office written around a name: "Norwegian Prime Minister Ola Brekke",
// "Mara Lind, President of the Regional Council,".

export const isInitial = (text: string) => /^\p{Lu}\.$/u.test(text);
export const isCapitalisedWord = (text: string) => /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(text) || /^\p{Lu}\p{Ll}*$/u.test(text);
/** Words joined back as the text writes them: "Ukraine's President", "Biden, Jr.", "High Representative/Vice-President". */
export const joinWords = (words: string[]) => words.join(" ").replace(/ ,/g, ",").replace(/ ([’']s)/g, "$1").replace(/ \/ /g, "/");


/** The office phrase that ends just before token `end`, with the country it names. */
export function officeBefore(doc: Doc, end: number, countries: Map<number, string>): { titled: boolean; role: string | null; country: string | null } {
  const { tokens } = doc;
  const sentence = tokens[end]!.sentence;
  // "The King’s Coronation": a possessive right before the word makes it a thing owned, not a name.
  if (isPossessive(tokens[end - 1]?.text ?? "")) return { titled: false, role: null, country: null };
  let start = end;
  let titled = false;
  let country: string | null = null;
  // "Chile's foreign minister, Ana Costa": an office set off by a comma before the name.
  // "the Prime Minister of Peru, the Honourable Ana Ruiz": honorifics between the comma and the name.
  let comma = end - 1;
  while (comma > 0 && (honorifics.has(tokens[comma]!.text) || tokens[comma]!.text === "the")) comma--;
  const officeAt = tokens[comma]?.text === "," ? officeWordBefore(tokens, comma - 1) : -1;
  // "Speaker of the United States House of Representatives, Nancy Pelosi": the portfolio after the office word
  // is read for its country only.
  for (let i = comma - 1; i > officeAt && officeAt >= 0; i--) {
    const code = countries.get(i) ?? demonymCountry(tokens[i]!.text);
    if (code && !servingPrepositions.has(tokens[i - 1]?.text ?? "")) country = code;
  }
  if (officeAt >= 0) start = officeAt + 1;
  for (let i = officeAt >= 0 ? officeAt : end - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    const text = tokens[i]!.text;
    if (officeTitles.has(text) || honorifics.has(text) || lowercaseOffices.has(text)) titled = true;
    // "China's ambassador to Russia": the country served in is not the office's own.
    // "Chinese Foreign Ministry spokesperson": a demonym inside a body's name still tells whose body it is.
    else if (countries.has(i) || demonymCountry(text)) country ??= servingPrepositions.has(tokens[i - 1]?.text ?? "") ? null : (countries.get(i) ?? demonymCountry(text)!);
    else if (!(officeQualifiers.has(text) || lowercaseQualifiers.has(text) || officeConnectors.has(text) || isPossessive(text) || isInitial(text) || isOfficeWord(doc, i, start) || isPortfolio(tokens, i))) break;
    start = i;
  }
  if (!titled) return { titled, role: null, country: null };
  // Trim what is not the office itself: "Ukraine's", "the", "for Romania", "Dr.".
  const trimmable = (i: number) => {
    const text = tokens[i]!.text;
    return countries.has(i) || demonymCountry(text) !== undefined || officeConnectors.has(text) || isPossessive(text) || honorifics.has(text) || isInitial(text) || text === ",";
  };
  let from = start;
  let to = end;
  while (from < to && trimmable(from)) from++;
  while (to > from && trimmable(to - 1)) to--;
  const words = tokens.slice(from, to).map((token) => token.text);
  const role = words.some((word) => officeTitles.has(word) || roleWords.has(word)) ? joinWords(words) : null;
  return { titled, role, country };
}

/** "minister", "Minister of Defence", "Secretary for Foreign Affairs": an office ends at token `i`; the index of its office word, or -1. */
function officeWordBefore(tokens: Doc["tokens"], i: number): number {
  const isOffice = (text: string) => lowercaseOffices.has(text) || officeTitles.has(text);
  if (isOffice(tokens[i]?.text ?? "")) return i;
  // Back over the portfolio ("of Defence", "for Foreign Affairs", "of the House of Representatives") to the
  // office it follows; "ambassador to Slovakia, Blinken said" describes someone else, unless a country owns
  // the office ("Chile's ambassador to Peru, Ana Ruiz").
  // "Minister of Trade, Industry and Tourism, Ana Ruiz": a list of portfolios, its commas and "and" included.
  const inPortfolio = (k: number) => isCapitalisedWord(tokens[k]!.text) || officeLinks.has(tokens[k]!.text) || (listSeparators.has(tokens[k]!.text) && isCapitalisedWord(tokens[k + 1]?.text ?? ""));
  for (let k = i; k > i - 16 && k > 1 && tokens[k]!.sentence === tokens[i]!.sentence && inPortfolio(k); k--) {
    if (portfolioPrepositions.has(tokens[k - 1]!.text) && isOffice(tokens[k - 2]?.text ?? "")) return k - 2;
    const owned = isPossessive(tokens[k - 3]?.text ?? "") || countryOfSurface(tokens[k - 3]?.text ?? "")?.cue === "demonym";
    if (tokens[k - 1]!.text === "to" && isOffice(tokens[k - 2]?.text ?? "") && owned) return k - 2;
  }
  return -1;
}

/**
 * A capitalised word that is no listed qualifier but still opens an office,
 * right before one: "External" in "External Affairs Minister". A dictionary
 * word opening the sentence ("Later Foreign Minister …") is not.
 */
function isOfficeWord(doc: Doc, i: number, phraseStart: number): boolean {
  const { tokens } = doc;
  const text = tokens[i]!.text;
  const next = tokens[phraseStart]?.text ?? "";
  // "State Department spokesperson": a lower-case office word follows too.
  if (!isCapitalisedWord(text) || notNames.has(text) || !(officeQualifiers.has(next) || officeTitles.has(next) || lowercaseOffices.has(next))) return false;
  return i !== doc.sentences[tokens[i]!.sentence]!.tokenStart || !isEnglishWord(text);
}

/** "Oceans" in "Assistant Secretary of State for Oceans", "Armed Forces" in "Minister for Armed Forces": capitalised words after an office's "for". */
function isPortfolio(tokens: Token[], i: number): boolean {
  let k = i;
  while (k > i - 3 && isCapitalisedWord(tokens[k]?.text ?? "")) k--;
  return k < i && tokens[k]?.text === "for";
}

/**
 * The appositive office after a name: "Mara Lind, President of the Regional Council,",
 * "Tomas Berg, assistant secretary of state for Arctic affairs.", "Lin Wei, a spokesperson
 * for the Chinese Embassy in Paris,", "Ana Ruiz and Tomas Berg, the prime ministers of Peru and Norway,".
 * The country is one the office belongs to, not one it serves in ("ambassador to Russia", "in Paris").
 * A plural office with as many countries gives each name before it its own (`countries`, in order).
 */
export function officeAfter(doc: Doc, end: number, countries: Map<number, string>): { role: string | null; country: string | null; countries: string[]; plural: boolean } {
  const none = { role: null, country: null, countries: [], plural: false };
  const { tokens } = doc;
  const sentence = tokens[end - 1]!.sentence;
  let i = end;
  // "President Yoon Suk Yeol of the Republic of Korea"
  // "Ana Ruiz from Peru's electoral council": a member of a country's body.
  const ofCountry = ownerLinks.has(tokens[i]?.text ?? "") ? (tokens[i + 1]?.text === "the" ? i + 2 : i + 1) : -1;
  if (ofCountry > 0 && countries.has(ofCountry)) return { ...none, country: countries.get(ofCountry)! };
  if (tokens[i]?.text !== ",") return none;
  i++;
  // "Ana Ruiz, who is Peru's foreign minister,": a relative clause that only names the office.
  if (relativePronouns.has(tokens[i]?.text ?? "") && officeCopulas.has(tokens[i + 1]?.text ?? "")) i += tokens[i + 2]?.text === "as" ? 3 : 2;
  while (articles.has(tokens[i]?.text ?? "")) i++;
  const words: string[] = [];
  const found: string[] = [];
  const from = i;
  for (; tokens[i] && tokens[i]!.sentence === sentence && words.length < 14; i++) {
    const text = tokens[i]!.text;
    // "the foreign ministers of Peru, Norway and Sweden": a list of countries goes on past its commas.
    if (text === "," && countries.has(i + 1) && countries.has(i - 1)) continue;
    if (text === "," || text === "." || text === ";" || text === "–" || text === "—") break;
    const previous = tokens[i - 1]?.text ?? "";
    // "Chinese Embassy": a demonym inside a body's name still tells whose body it is.
    const code = countries.get(i) ?? demonymCountry(text);
    if (code && !servingPrepositions.has(previous) && !found.includes(code)) found.push(code);
    words.push(text);
  }
  // "China's ambassador", "Chinese Foreign Minister": the office starts after its country.
  let skip = 0;
  while (skip < words.length && (countries.has(from + skip) || isPossessive(words[skip]!))) skip++;
  const head = words.slice(skip);
  const opens = (word: string) => officeTitles.has(word) || officeQualifiers.has(word) || lowercaseOffices.has(word) || lowercaseQualifiers.has(word) || pluralOffice(word) !== null;
  if (!head.length || !opens(head[0]!)) return none;
  const isHead = (word: string) => officeTitles.has(word) || roleWords.has(word) || pluralOffice(word) !== null;
  if (!head.some(isHead)) return none;
  const plural = head.some((word) => pluralOffice(word) !== null);
  return { role: plural ? null : joinWords(head), country: plural ? null : (found[0] ?? null), countries: found, plural };
}

/** "Chinese" in "the Chinese Embassy": a demonym inside a body's name still tells whose body it is. */
function demonymCountry(text: string): string | undefined {
  const surface = countryOfSurface(text);
  return surface?.cue === "demonym" ? surface.code : undefined;
}


/** "ministers" → "minister": an office word in the plural. */
function pluralOffice(word: string): string | null {
  const lower = word.toLowerCase();
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, "");
  return singular !== lower && roleWords.has(singular) ? singular : null;
}

