import { isPossessive, type Doc, type Token } from "../document.ts";
import type { CountryMention } from "./02-countries.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { isGivenName } from "../lexicons/given-names.ts";
import { geographicHeads, organisationHeads, organisationStarts, regionalPrefixes, regions } from "../lexicons/country-names.ts";
import {
  honorifics,
  lowercaseOffices,
  lowercaseQualifiers,
  nameParticles,
  nameSuffixes,
  notNames,
  officeConnectors,
  officeQualifiers,
  officeTitles,
  postNominals,
  surnameFirstNames,
} from "../lexicons/titles.ts";
import { countryOfPlace } from "../lexicons/places.ts";
import { countryOfSurface } from "./02-countries.ts";

/** A name in the text, with the office written around it. */
export interface NameMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** As written, without office or possessive: "Lloyd J. Austin III", "KISHIDA Fumio". */
  surface: string;
  /** Without initials, suffixes and honorifics, in given-name order: "Lloyd Austin", "Fumio Kishida". */
  canonical: string;
  /** An office or honorific introduces it ("President", "Mr.", "spokesperson"). */
  titled: boolean;
  /** A name by itself (titled, or a full name): a single untitled word only shortens one. */
  standalone: boolean;
  /** The office as written: "Defense Secretary", "Prime Minister of Japan". */
  role: string | null;
  /** The country its office names: "Japanese Prime Minister" → JP. */
  roleCountry: string | null;
}

const isInitial = (text: string) => /^\p{Lu}\.$/u.test(text);
const isAllCaps = (text: string) => /^\p{Lu}{2,}$/u.test(text);
const isCapitalisedWord = (text: string) => /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(text) || /^\p{Lu}\p{Ll}*$/u.test(text);

/** Offices that are roles worth keeping (unlike "nemesis" or "counterpart"). */
const roleWords = new Set(["spokesperson", "spokesman", "spokeswoman", "president", "minister", "secretary", "ambassador", "envoy", "adviser", "advisor", "chancellor", "premier"]);

function countryTokens(countries: CountryMention[]): Map<number, string> {
  const byToken = new Map<number, string>();
  for (const mention of countries) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) byToken.set(i, mention.code);
  return byToken;
}

/** Tokens that can be part of a capitalised run that may hold a name. */
function inRun(tokens: Token[], i: number, countries: Map<number, string>): boolean {
  const token = tokens[i]!;
  if (countries.has(i)) return false;
  if (isCapitalisedWord(token.text) || isInitial(token.text) || nameSuffixes.has(token.text)) return true;
  if (isAllCaps(token.text)) return true;
  if (nameParticles.has(token.text)) {
    // "von der Leyen": particles count only when a capitalised word follows them.
    let j = i + 1;
    while (tokens[j] && nameParticles.has(tokens[j]!.text)) j++;
    return tokens[j] !== undefined && tokens[j]!.sentence === token.sentence && isCapitalisedWord(tokens[j]!.text);
  }
  // "Joseph R. Biden, Jr."
  return token.text === "," && nameSuffixes.has(tokens[i + 1]?.text ?? "");
}

/**
 * Where a name begins inside a run: after the last office word or honorific
 * ("Defense Secretary Dr. Mark T. Esper"), then past qualifiers and stray
 * initials ("State Mike Pompeo", "H. E. Ursula") as long as a word is left, so
 * that "White said" keeps "White".
 */
function nameStart(tokens: Token[], from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    // "Labour MP Jane Smith": letters that follow one name can also stand before the next.
    const postNominalBefore = postNominals.has(text) && i < to - 1 && !nameSuffixes.has(tokens[i + 1]!.text);
    if (officeTitles.has(text) || honorifics.has(text) || postNominalBefore) start = i + 1;
  }
  const skippable = (text: string) => officeQualifiers.has(text) || notNames.has(text) || isInitial(text) || text === ",";
  while (start < to - 1 && skippable(tokens[start]!.text)) start++;
  // "Under Secretary of Defense for Policy Colin Kahl": after an office's "for", a portfolio word opens the run.
  if (start === from && officeConnectors.has(tokens[from - 1]?.text ?? "")) {
    const portfolio = (text: string) => (isEnglishWord(text) || regions.has(text)) && !isGivenName(text);
    while (to - start > 2 && portfolio(tokens[start]!.text)) start++;
  }
  return start;
}

/** The office phrase that ends just before token `end`, with the country it names. */
function officeBefore(doc: Doc, end: number, countries: Map<number, string>): { titled: boolean; role: string | null; country: string | null } {
  const { tokens } = doc;
  const sentence = tokens[end]!.sentence;
  // "The King’s Coronation": a possessive right before the word makes it a thing owned, not a name.
  if (isPossessive(tokens[end - 1]?.text ?? "")) return { titled: false, role: null, country: null };
  let start = end;
  let titled = false;
  let country: string | null = null;
  // "Chile's foreign minister, Ana Costa": an office set off by a comma before the name.
  const before = tokens[end - 2]?.text ?? "";
  const appositive = tokens[end - 1]?.text === "," && (lowercaseOffices.has(before) || officeTitles.has(before));
  for (let i = appositive ? end - 2 : end - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    const text = tokens[i]!.text;
    if (officeTitles.has(text) || honorifics.has(text) || lowercaseOffices.has(text)) titled = true;
    else if (countries.has(i)) country ??= countries.get(i)!;
    else if (!(officeQualifiers.has(text) || lowercaseQualifiers.has(text) || officeConnectors.has(text) || isPossessive(text) || isInitial(text) || isOfficeWord(doc, i, start) || isPortfolio(tokens, i))) break;
    start = i;
  }
  if (!titled) return { titled, role: null, country: null };
  // Trim what is not the office itself: "Ukraine's", "the", "for Romania", "Dr.".
  const trimmable = (i: number) => {
    const text = tokens[i]!.text;
    return countries.has(i) || officeConnectors.has(text) || isPossessive(text) || honorifics.has(text) || isInitial(text) || text === ",";
  };
  let from = start;
  let to = end;
  while (from < to && trimmable(from)) from++;
  while (to > from && trimmable(to - 1)) to--;
  const words = tokens.slice(from, to).map((token) => token.text);
  const role = words.some((word) => officeTitles.has(word) || roleWords.has(word)) ? joinWords(words) : null;
  return { titled, role, country };
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
  if (!isCapitalisedWord(text) || notNames.has(text) || !(officeQualifiers.has(next) || officeTitles.has(next))) return false;
  return i !== doc.sentences[tokens[i]!.sentence]!.tokenStart || !isEnglishWord(text);
}

/** "Danube Heads of Government Meeting": a run continued by "of …" up to an organisation's head word. */
function opensOrganisationName(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== "of") return false;
  let i = end + 1;
  if (tokens[i]?.text === "the") i++;
  while (tokens[i] && /^\p{Lu}/u.test(tokens[i]!.text) && tokens[i]!.sentence === tokens[end]!.sentence) i++;
  return i > end + 1 && organisationHeads.has(tokens[i - 1]!.text);
}

/** "Oceans" in "Assistant Secretary of State for Oceans", "Armed Forces" in "Minister for Armed Forces": capitalised words after an office's "for". */
function isPortfolio(tokens: Token[], i: number): boolean {
  let k = i;
  while (k > i - 3 && isCapitalisedWord(tokens[k]?.text ?? "")) k--;
  return k < i && tokens[k]?.text === "for";
}

const joinWords = (words: string[]) => words.join(" ").replace(/ ,/g, ",").replace(/ ([’']s)/g, "$1");

/** "Ursula von der Leyen, President of the European Commission," gives an office after the name. */
function officeAfter(doc: Doc, end: number, countries: Map<number, string>): { role: string | null; country: string | null } {
  const { tokens } = doc;
  const sentence = tokens[end - 1]!.sentence;
  let i = end;
  // "President Yoon Suk Yeol of the Republic of Korea"
  const ofCountry = tokens[i]?.text === "of" ? (tokens[i + 1]?.text === "the" ? i + 2 : i + 1) : -1;
  if (ofCountry > 0 && countries.has(ofCountry)) return { role: null, country: countries.get(ofCountry)! };
  if (tokens[i]?.text !== ",") return { role: null, country: null };
  i++;
  const words: string[] = [];
  let country: string | null = null;
  for (; tokens[i] && tokens[i]!.sentence === sentence && words.length < 12; i++) {
    const text = tokens[i]!.text;
    if (text === "," || text === "." || text === ";") break;
    if (countries.has(i)) country ??= countries.get(i)!;
    words.push(text);
  }
  if (!words.length || !(officeTitles.has(words[0]!) || officeQualifiers.has(words[0]!))) return { role: null, country: null };
  if (!words.some((word) => officeTitles.has(word))) return { role: null, country: null };
  return { role: joinWords(words), country };
}

/** "KISHIDA Fumio" → "Fumio Kishida"; drops initials, suffixes and the comma before "Jr.". */
function canonicalName(words: string[]): string {
  const kept = words.filter((word) => !isInitial(word) && !nameSuffixes.has(word) && word !== "," && !honorifics.has(word));
  // "KISHIDA Fumio" → "Fumio Kishida", but "YOON Suk Yeol" and "XI Jinping" keep the surname first, as English news does.
  const surnameFirst = kept.length > 1 && isAllCaps(kept[0]!) && !isAllCaps(kept[1]!) && !surnameFirstNames.has(kept[0]!);
  const titleCase = (word: string) => (isAllCaps(word) ? word[0] + word.slice(1).toLowerCase() : word);
  const ordered = surnameFirst ? [...kept.slice(1), kept[0]!] : kept;
  return ordered.map(titleCase).join(" ");
}

/** Does a run of words, with nothing to introduce it, look like a person's name? */
function looksLikeName(words: string[]): boolean {
  const content = words.filter((word) => !nameParticles.has(word) && word !== ",");
  const notPartOfName = (word: string) =>
    notNames.has(word) || regions.has(word) || organisationHeads.has(word) || organisationStarts.has(word) || officeTitles.has(word) || isAllCaps(word);
  if (content.some(notPartOfName) || geographicHeads.has(content.at(-1) ?? "")) return false;
  // "New Delhi", "Buenos Aires": a place's name, not a person's.
  const phrase = joinWords(words);
  if (countryOfPlace(phrase) || countryOfSurface(phrase)) return false;
  // "New Mexico", "North Sumatra": a region named after a country is a place too.
  if (content.length === 2 && regionalPrefixes.has(content[0]!) && countryOfSurface(content[1]!)) return false;
  if (words.some((word) => isInitial(word) || nameSuffixes.has(word))) return true;
  return content.length >= 2 && (isGivenName(content[0]!) || content.some((word) => !isEnglishWord(word)));
}

/**
 * Person names in the body: capitalised runs, stripped of the office before them
 * ("Japanese Prime Minister Fumio Kishida" → "Fumio Kishida", role "Prime
 * Minister", JP), kept when an office introduces them, when they carry an
 * initial or suffix, or when they are not ordinary English words. Single words
 * ("Putin", "Secretary Esper") are kept too: the people stage links them to the
 * full names they shorten.
 */
export function findNames(doc: Doc, countries: CountryMention[]): NameMention[] {
  const { tokens } = doc;
  const byToken = countryTokens(countries);
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!inRun(tokens, i, byToken)) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && tokens[end]!.sentence === tokens[i]!.sentence && inRun(tokens, end, byToken)) end++;
    let start = nameStart(tokens, i, end);
    // A quotation's opening mark does not move the start of its sentence: “If Putin wins …”.
    let sentenceStart = doc.sentences[tokens[i]!.sentence]!.tokenStart;
    while (sentenceStart < i && /^["“‘«(]$/.test(tokens[sentenceStart]!.text)) sentenceStart++;
    // "Today Blinken said": a dictionary word opening the sentence is not part of the name.
    if (start === sentenceStart && end - start > 1 && isEnglishWord(tokens[start]!.text) && !tokens[start + 1]!.text.match(/^\p{Lu}\.$/u)) {
      const office = officeBefore(doc, start, byToken);
      if (!office.titled) start++;
    }
    while (end > start && tokens[end - 1]!.text === ",") end--;
    if (start < end && !notNames.has(tokens[start]!.text) && !opensOrganisationName(tokens, end)) {
      const words = tokens.slice(start, end).map((token) => token.text);
      const office = officeBefore(doc, start, byToken);
      const after = officeAfter(doc, end, byToken);
      const allCapsSurname = isAllCaps(words[0]!) && words.length > 1;
      const isName = office.titled ? !allCapsSurname || honorifics.has(tokens[start - 1]?.text ?? "") : looksLikeName(words);
      // A lone office word ("Minister of National Defence") is no name, even after an office.
      const loneOfficeWord = words.length === 1 && (officeQualifiers.has(words[0]!) || organisationHeads.has(words[0]!));
      // "Dobre", "van der Berg": one name word (with its particles) may shorten a full name.
      const nameWords = words.filter((word) => !nameParticles.has(word));
      const shortName = nameWords.length === 1 && !isAllCaps(nameWords[0]!);
      if (!(loneOfficeWord && office.titled) && (isName || shortName)) {
        mentions.push({
          start: tokens[start]!.start,
          end: tokens[end - 1]!.end,
          tokenStart: start,
          tokenEnd: end,
          sentence: tokens[start]!.sentence,
          surface: joinWords(words),
          canonical: canonicalName(words),
          titled: office.titled,
          standalone: isName,
          role: office.role ?? after.role,
          roleCountry: office.country ?? after.country,
        });
      }
    }
    i = end;
  }
  return mentions;
}
