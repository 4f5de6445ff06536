import { normalizeName } from "../extraction/index.ts";
import { sameGivenName } from "../extraction/lexicons/familiar-names.ts";
import { nameParticles, nameSuffixes } from "../extraction/lexicons/titles.ts";

/** A person's name split for comparison, normalised: "Lloyd J. Austin III" → given ["lloyd", "j"], surname "austin". */
export interface NameParts {
  /** Given and middle names or their initials, in order. */
  given: string[];
  /** The last name with the particles before it: "von der leyen", "da silva". */
  surname: string;
}

const suffixes = new Set([...nameSuffixes].map((suffix) => normalizeName(suffix).replace(/\.$/, "")));

export function nameParts(name: string): NameParts {
  const words = normalizeName(name).replace(/[.,]/g, " ").split(" ").filter(Boolean);
  while (words.length > 1 && suffixes.has(words.at(-1)!)) words.pop();
  let surnameStart = Math.max(words.length - 1, 0);
  while (surnameStart > 0 && nameParticles.has(words[surnameStart - 1]!)) surnameStart--;
  return { given: words.slice(0, surnameStart), surname: words.slice(surnameStart).join(" ") };
}

/**
 * Whether two lists of given names can name one person. Either list empty
 * ("Putin"), one the end of the other ("Lula" da Silva, "Luiz Inácio Lula" da
 * Silva), the same first name or its initial ("Lloyd J." / "Lloyd", "J." /
 * "Joe"), or its familiar form ("Joseph R." / "Joe"). "Hunter" and "Joe" cannot.
 */
export function givenNamesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const tail = longer.slice(longer.length - shorter.length);
  if (shorter.every((word, i) => word === tail[i])) return true;
  const [x, y] = [a[0]!, b[0]!];
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)) || sameGivenName(capitalised(x), capitalised(y));
}

/** The familiar-names lexicon is keyed as names are written: "joseph" → "Joseph". */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Whether `short` is a shorter way to write `full`, so that `full` should
 * become the display name: "Putin" → "Vladimir Putin", "Lula da Silva" →
 * "Luiz Inácio Lula da Silva"; not "Lloyd Austin" → "Lloyd J. Austin".
 */
export function shortens(short: string, full: string): boolean {
  const [s, f] = [nameParts(short), nameParts(full)];
  if (s.surname !== f.surname || s.given.length >= f.given.length) return false;
  return s.given.every((word, i) => word === f.given[f.given.length - s.given.length + i]);
}
