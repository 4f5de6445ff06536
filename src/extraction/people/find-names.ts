import type { CountryMention, Doc, NameMention, Token } from "../annotations.ts";
import { isEnglishWord } from "../lexicons/english-words.ts";
import { isGivenName } from "../lexicons/given-names.ts";
import { geographicHeads, organisationHeads, organisationStarts, regionalAdjectives, regionalPrefixes, regions } from "../lexicons/country-names.ts";
import { honorifics, nameParticles, nameSuffixes, notNames, officeConnectors, officeQualifiers, officeTitles, portfolioPrepositions, postNominals, surnameFirstNames } from "../lexicons/titles.ts";
import { countryOfPlace, placeNameEnds, placeNameStarts, placePrepositions } from "../lexicons/places.ts";
import { listSeparators } from "../lexicons/clauses.ts";
import { eventNouns, eventVerbs, journeyTypes } from "../lexicons/events.ts";
import { countriesByToken, countryOfSurface } from "../countries/find-countries.ts";
import { isCapitalisedWord, isInitial, joinWords, officeAfter, officeBefore } from "../offices/offices.ts";

const isAllCaps = (text: string) => /^\p{Lu}{2,}$/u.test(text);

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

/** "Danube Heads of Government Meeting": a run continued by "of …" up to an organisation's head word. */
function opensOrganisationName(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== "of") return false;
  let i = end + 1;
  if (tokens[i]?.text === "the") i++;
  while (tokens[i] && /^\p{Lu}/u.test(tokens[i]!.text) && tokens[i]!.sentence === tokens[end]!.sentence) i++;
  return i > end + 1 && organisationHeads.has(tokens[i - 1]!.text);
}

/**
 * Portfolio after an office: "assistant secretary of state for African affairs", "Minister of
 * Agriculture, Livestock, Forestry", "a spokesperson for the Chinese Embassy". Capitalised common
 * words right after an office's "of"/"for" (past "the" and a country) or after a comma in such a
 * list name a field or a body, not a person: no word is a given name or a word outside the dictionary.
 */
function isPortfolio(tokens: Token[], start: number, end: number, countries: Map<number, string>): boolean {
  const common = (word: string) => (isEnglishWord(word) || regions.has(word) || regionalAdjectives.has(word)) && !isGivenName(word);
  let k = start - 1;
  while (k > 0 && (tokens[k]!.text === "the" || countries.has(k) || (/^\p{Lu}/u.test(tokens[k]!.text) && common(tokens[k]!.text)))) k--;
  if (!(portfolioPrepositions.has(tokens[k]?.text ?? "") || listSeparators.has(tokens[k]?.text ?? ""))) return false;
  return tokens.slice(start, end).every((token) => common(token.text) || officeConnectors.has(token.text));
}

/** "a visit to Porto Alegre", "arrived in Santa Cruz": an untitled name right after a journey's preposition is a place. */
function isDestination(tokens: Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.text ?? "";
  const journey = tokens[start - 2]?.text ?? "";
  const kind = eventVerbs[journey] ?? eventNouns[journey];
  return placePrepositions.has(preposition) && (kind === "travel" || (kind !== undefined && journeyTypes.has(kind)));
}

/**
 * Coordinated names before a plural office, respectively: "Ana Ruiz and Tomas Berg, the prime ministers
 * of Peru and Norway," gives Ruiz PE and Berg NO. The last mention in `mentions` is the one before the office.
 */
function shareRespectively(tokens: Token[], mentions: NameMention[], countries: string[]) {
  const chain = [mentions.length - 1];
  for (let m = mentions.length - 2; m >= 0; m--) {
    const between = tokens.slice(mentions[m]!.tokenEnd, mentions[chain[0]!]!.tokenStart).map((token) => token.text);
    if (!between.length || !between.every((text) => text === "and" || text === ",")) break;
    chain.unshift(m);
  }
  if (chain.length !== countries.length) return;
  chain.forEach((m, k) => (mentions[m] = { ...mentions[m]!, roleCountry: mentions[m]!.roleCountry ?? countries[k]! }));
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
  if (placeNameStarts.has(content[0] ?? "") || placeNameEnds.has(content.at(-1) ?? "")) return false;
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
  const byToken = countriesByToken(countries);
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
    // "Ana Ruiz said": a given name before a word outside the dictionary still opens a name.
    // A run of office words only ("Prime Minister" ending the text) starts past its end, perhaps past the last token.
    const givenName = isGivenName(tokens[start]?.text ?? "") && !isEnglishWord(tokens[start + 1]?.text ?? "");
    if (start === sentenceStart && end - start > 1 && isEnglishWord(tokens[start]!.text) && !givenName && !tokens[start + 1]!.text.match(/^\p{Lu}\.$/u)) {
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
      if (!(loneOfficeWord && office.titled) && (isName || shortName) && !(office.titled && isPortfolio(tokens, start, end, byToken)) && !(!office.titled && isDestination(tokens, start))) {
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
        if (after.plural) shareRespectively(tokens, mentions, after.countries);
      }
    }
    i = end;
  }
  return mentions;
}
