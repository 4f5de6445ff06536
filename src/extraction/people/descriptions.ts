import type { PersonEntity, Referent } from "../annotations.ts";
import type { NameIndex } from "./name-index.ts";
import { roleNouns } from "../lexicons/reporting.ts";
import { descriptionAdjectives } from "../lexicons/titles.ts";
import { genericRoles } from "../lexicons/titles.ts";

// Descriptions used instead of names: "the secretary", "the Chinese president", "the two secretaries".


/** An office the text gave, not only a relation: "counterpart" says nothing of the office. */
const knownOffice = (role: string | null) => role !== null && !genericRoles.has(role.toLowerCase().split(" ").at(-1) ?? "");

/**
 * Whether "the prime minister" was said before anyone it fits was named: it
 * then stands for someone the text never names ("The Prime Minister welcomed
 * Italian Prime Minister Giorgia Meloni"), every time it is used.
 */
function namesNoOne(index: NameIndex, words: string[], fits: (person: PersonEntity) => boolean): boolean {
  const { tokens } = index.doc;
  const lower = (i: number) => tokens[i]?.text.toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    if (lower(i) !== "the" || !words.every((word, w) => lower(i + 1 + w) === word)) continue;
    // "The Foreign Secretary, James Cleverly, …" names the holder at once.
    const after = i + 1 + words.length;
    const named = index.byStart.get(after) ?? (tokens[after]?.text === "," ? index.byStart.get(after + 1) : undefined);
    if (named && fits(named.person)) return false;
    return !index.names.some((name) => name.tokenEnd <= i && fits(name.person));
  }
  return false;
}

/**
 * "the Chinese president", "the secretary", "the Russian leader" ending at
 * token `j`: the person just quoted (`speaker`) if they fit, else the most
 * recently named person whose office and country fit. A person whose country
 * is unknown fits any country and takes it on.
 */
export function resolveDescription(index: NameIndex, j: number, speaker: PersonEntity | null): Referent {
  const { tokens } = index.doc;
  let start = j;
  let country: string | null = null;
  while (start > 0) {
    const previous = start - 1;
    const lower = tokens[previous]!.text.toLowerCase();
    if (index.countryByToken.has(previous)) country ??= index.countryByToken.get(previous)!;
    else if (!roleNouns.has(lower)) break;
    start = previous;
  }
  // "the top Peruvian diplomat", "the senior official": an adjective of rank before the description.
  while (descriptionAdjectives.has(tokens[start - 1]?.text.toLowerCase() ?? "")) start--;
  if (tokens[start - 1]?.text.toLowerCase() !== "the") return { kind: "unknown", start };
  const offices = tokens
    .slice(start, j + 1)
    .map((token) => token.text.toLowerCase())
    .filter((word) => roleNouns.has(word) && !genericRoles.has(word));
  const officeFits = (person: PersonEntity) => {
    if (!offices.length) return true;
    const role = index.roleOf(person)?.toLowerCase();
    if (!role) return country !== null;
    return offices.every((office) => role.includes(office));
  };
  const fitsCountry = (person: PersonEntity) => country === null || index.countryOf(person) === country || index.countryOf(person) === null;
  const description = tokens.slice(start, j + 1).map((token) => token.text.toLowerCase());
  if (offices.length && namesNoOne(index, description, (person) => fitsCountry(person) && (officeFits(person) || !knownOffice(index.roleOf(person))))) return { kind: "unknown", start: start - 1 };
  const exact = index.mostRecentBefore(start, (person) => index.countryOf(person) === country && country !== null && officeFits(person));
  const person =
    exact ??
    // "her counterpart, Okafor … he added. The minister also said": the one just quoted, whose office the text never gave.
    (speaker && fitsCountry(speaker) && (officeFits(speaker) || !knownOffice(index.roleOf(speaker))) ? speaker : null) ??
    // "Foreign Minister Tevita Lomu met Ana Ruiz. The Tongan minister said": one whose office the text gave fits better than one with none.
    (offices.length ? index.mostRecentBefore(start, (person) => fitsCountry(person) && index.roleOf(person) !== null && officeFits(person)) : null) ??
    index.mostRecentBefore(start, (person) => fitsCountry(person) && officeFits(person));
  if (!person) return { kind: "unknown", start: start - 1 };
  // What the description adds goes to the index's own layer: the person stays as the people stage made them.
  const learnt = {
    country: index.countryOf(person) ?? country,
    role: index.roleOf(person) ?? (offices.length ? offices.map((office) => office[0]!.toUpperCase() + office.slice(1)).join(" ") : null),
  };
  if (learnt.country !== index.countryOf(person) || learnt.role !== index.roleOf(person)) index.described.set(person, learnt);
  return { kind: "person", person, via: "description", start: start - 1 };
}

/** The office a plural subject names: "the two secretaries" → "secretary"; "the leaders" names none. */
export function pluralOffice(index: NameIndex, from: number, to: number): string | null {
  for (const token of index.doc.tokens.slice(from, to)) {
    const word = token.text.toLowerCase();
    const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/s$/, "");
    if (singular !== word && roleNouns.has(singular) && !genericRoles.has(singular)) return singular;
  }
  return null;
}
