import type { CountryCue, CountryMention, Doc } from "../annotations.ts";
import { tokenIndexAt } from "../document.ts";
import { countryRecords } from "../lexicons/countries.ts";
import { officeHeads, nameParticles } from "../lexicons/titles.ts";
import { isGivenName } from "../lexicons/given-names.ts";
import { extraCountryNames, extraDemonyms, geographicHeads, regionalPrefixes, organisationHeads, organisationStarts, seatsOfGovernment } from "../lexicons/country-names.ts";
import { locatives, nameConnectors } from "../lexicons/places.ts";

/** The country each token of a mention names: "United Kingdom" gives both its tokens GB. */
export function countriesByToken(countries: CountryMention[]): Map<number, string> {
  const byToken = new Map<number, string>();
  for (const mention of countries) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) byToken.set(i, mention.code);
  return byToken;
}

interface Surface {
  code: string;
  cue: CountryCue;
}

function pluralOf(demonym: string): string | null {
  return /(?:s|sh|ch|ese|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

let lexicon: { surfaces: Map<string, Surface>; pattern: RegExp } | null = null;

/** Every way to name a country, built once from the dataset and the extra lexicon. */
function countryLexicon() {
  if (lexicon) return lexicon;
  const surfaces = new Map<string, Surface>();
  const add = (surface: string, code: string, cue: CountryCue) => {
    // "People’s Republic of China": typographic apostrophes as well as straight ones.
    for (const form of new Set([surface, surface.replace(/'/g, "’")])) if (!surfaces.has(form)) surfaces.set(form, { code, cue });
  };
  for (const [code, names] of Object.entries(extraCountryNames)) for (const name of names) add(name, code, "name");
  // Sovereign states first: "American" is the United States, not Northern Mariana Islands.
  const records = [...countryRecords].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const country of records) {
    add(country.name, country.code, "name");
    add(country.official, country.code, "name");
    for (const name of country.altNames) if (name.length > 3 || /^\p{Lu}+$/u.test(name)) add(name, country.code, "name");
  }
  for (const [code, names] of Object.entries(extraDemonyms)) for (const name of names) add(name, code, "demonym");
  for (const country of records) {
    if (!country.demonym) continue;
    add(country.demonym, country.code, "demonym");
    const plural = pluralOf(country.demonym);
    if (plural) add(plural, country.code, "demonym");
  }
  for (const [code, names] of Object.entries(seatsOfGovernment)) for (const name of names) add(name, code, "capital");
  for (const country of records) if (country.capital) add(country.capital, country.code, "capital");

  const escaped = [...surfaces.keys()]
    .sort((a, b) => b.length - a.length)
    .map((surface) => surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\d.])(?:${escaped.join("|")})(?![\\p{L}\\p{M}\\d])`, "gu");
  lexicon = { surfaces, pattern };
  return lexicon;
}

/** The surface's country, for other stages: "Japanese" → JP, "Kremlin" → RU. */
export function countryOfSurface(surface: string): Surface | null {
  return countryLexicon().surfaces.get(surface) ?? null;
}

const isCapitalised = (text: string) => /^[\p{Lu}\d]/u.test(text);

/**
 * The capitalised phrase around tokens [from, to): "the 28th Japan-EU Summit" for
 * "Japan", "Islamic State of Iraq and Syria" for "Syria".
 */
function phraseAround(doc: Doc, from: number, to: number): string[] {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  const inPhrase = (i: number) => {
    const token = tokens[i];
    if (!token || token.sentence !== sentence) return false;
    if (isCapitalised(token.text)) return true;
    return nameConnectors.has(token.text) && isCapitalised(tokens[i - 1]?.text ?? "") && isCapitalised(tokens[i + 1]?.text ?? "");
  };
  let start = from;
  while (inPhrase(start - 1)) start--;
  let end = to;
  while (inPhrase(end)) end++;
  return tokens.slice(start, end).map((token) => token.text);
}

function isInsideOrganisationName(doc: Doc, from: number, to: number): boolean {
  const phrase = phraseAround(doc, from, to);
  if (phrase.some((word) => officeHeads.has(word))) return false;
  const at = phrase.indexOf(doc.tokens[from]!.text);
  const after = phrase.slice(at + (to - from));
  const before = phrase.slice(0, at);
  return after.some((word) => organisationHeads.has(word)) || before.some((word) => organisationStarts.has(word));
}

/**
 * Country mentions that refer to the state: names, abbreviations, demonyms, and
 * capitals used for their government ("Beijing's position paper"), but not a
 * capital as a mere venue ("talks in Moscow"), a country inside an
 * organisation's or event's name ("the Wales Summit") or a geographic feature
 * ("the Korean Peninsula").
 */
export function findCountries(doc: Doc): CountryMention[] {
  const { surfaces, pattern } = countryLexicon();
  const mentions: CountryMention[] = [];
  for (const match of doc.content.matchAll(pattern)) {
    const surface = surfaces.get(match[0])!;
    const start = match.index;
    const end = start + match[0].length;
    let tokenStart = tokenIndexAt(doc, start);
    let tokenEnd = tokenIndexAt(doc, end);
    if (tokenStart >= tokenEnd) {
      // A country inside a hyphenated compound: "Iran-Israel tensions", "the Peru-Chile border" (but not "the Japan-EU Summit", below).
      const compound = doc.tokens[tokenStart - 1];
      if (!compound || compound.start > start || compound.end < end || !compound.text.includes("-")) continue;
      tokenStart -= 1;
      tokenEnd = tokenStart + 1;
    }
    const previous = doc.tokens[tokenStart - 1];
    const next = doc.tokens[tokenEnd];
    if (next && geographicHeads.has(next.text)) continue;
    // "New Mexico", "New South Wales", "Latin American": a place or people the bare word is not.
    if (previous && regionalPrefixes.has(previous.text) && previous.end === start - 1) continue;
    if (isInsideOrganisationName(doc, tokenStart, tokenEnd)) continue;
    if (surface.cue === "capital") {
      if (previous && locatives.has(previous.text.toLowerCase())) continue;
      // "Carlos Bento de Lima": a capital after a name particle is a surname.
      if (previous && nameParticles.has(previous.text)) continue;
      // "Douglas Jones", "Victoria Ruiz": a capital that is also a given name, followed by a capitalised word, opens a name.
      if (isGivenName(match[0]) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.sentence === doc.tokens[tokenStart]!.sentence) continue;
      if (doc.content.slice(end, end + 6).startsWith(", D.C")) continue;
    }
    mentions.push({ code: surface.code, cue: surface.cue, start, end, tokenStart, tokenEnd });
  }
  return [...mentions, ...datelineCountries(doc)].sort((a, b) => a.start - b.start);
}

/** "TAIPEI, TAIWAN — …": a country named in capitals in a paragraph's dateline (its city alone is a venue). */
function datelineCountries(doc: Doc): CountryMention[] {
  const found: CountryMention[] = [];
  for (const paragraph of doc.paragraphs) {
    const text = doc.content.slice(paragraph.start, paragraph.end);
    const dateline = /^(\p{Lu}[\p{Lu} .'’]+(?:, \p{Lu}[\p{Lu} .'’]+)*) [—–-] /u.exec(text);
    if (!dateline) continue;
    let offset = paragraph.start;
    for (const part of dateline[1]!.split(", ")) {
      const name = part.toLowerCase().replace(/(^|[\s.'’])\p{Ll}/gu, (letter) => letter.toUpperCase());
      const surface = countryOfSurface(name);
      const start = doc.content.indexOf(part, offset);
      offset = start + part.length;
      if (surface?.cue !== "name") continue;
      found.push({ code: surface.code, cue: "name", start, end: offset, tokenStart: tokenIndexAt(doc, start), tokenEnd: tokenIndexAt(doc, offset) });
    }
  }
  return found;
}
