import { normalizeName } from "../extraction/index.ts";
import type { PersonFact } from "../extraction/types.ts";
import { givenNamesAgree, nameParts } from "./person-name.ts";

/** A stored person as the resolver compares them; `aliases` are normalised. */
export interface StoredPerson {
  id: number;
  name: string;
  normalizedName: string;
  role: string | null;
  countryCode: string | null;
  aliases: string[];
}

/** How a name was linked, strongest first: the same name, a name recorded as an alias, a compatible name. */
export type Rule = "name" | "alias" | "related";

export interface Resolution {
  person: StoredPerson;
  rule: Rule;
}

export type NamedPerson = Pick<PersonFact, "name" | "aliases" | "country">;

const ruleStrength: Record<Rule, number> = { name: 0, alias: 1, related: 2 };

const keysOf = (person: NamedPerson) => [person.name, ...person.aliases].map(normalizeName).filter((key) => key !== "");

const countriesAgree = (person: NamedPerson, stored: StoredPerson) =>
  !person.country || !stored.countryCode || person.country === stored.countryCode;

/**
 * The stored person an extracted one is, or null for someone new:
 * 1. the same normalised name;
 * 2. else the one person who has that name as an alias (a merge records the merged name so);
 * 3. else the one person whose name is compatible: the same surname and given
 *    names that agree ("Putin" / "Vladimir Putin", "Lloyd J. Austin" / "Lloyd
 *    Austin"), or a short name the extractor lists among the person's aliases
 *    ("Lula" for "Luiz Inácio Lula da Silva").
 * Rules 2 and 3 never link people whose known countries differ.
 */
export function resolvePerson(person: NamedPerson, stored: StoredPerson[]): Resolution | null {
  const key = normalizeName(person.name);
  const byName = stored.find((candidate) => candidate.normalizedName === key);
  if (byName) return { person: byName, rule: "name" };

  const byAlias = stored.filter((candidate) => candidate.aliases.includes(key));
  if (byAlias.length === 1 && countriesAgree(person, byAlias[0]!)) return { person: byAlias[0]!, rule: "alias" };

  const parts = nameParts(person.name);
  const keys = new Set(keysOf(person));
  const related = stored.filter((candidate) => {
    const theirs = nameParts(candidate.name);
    const sameSurname = theirs.surname === parts.surname;
    // Different surnames: only a bare name the article itself used for them ("Lula"), never "Xi Jinping" for "Xi Mingze".
    const sharedShortName =
      (parts.given.length === 0 || theirs.given.length === 0) &&
      [candidate.normalizedName, ...candidate.aliases].some((name) => keys.has(name));
    return (sameSurname || sharedShortName) && countriesAgree(person, candidate) && givenNamesAgree(parts.given, theirs.given);
  });
  return related.length === 1 ? { person: related[0]!, rule: "related" } : null;
}

/**
 * Resolves one article's people together. Two of them may fit one stored
 * person ("Joe Biden" and "Hunter Biden" both fit a stored "Biden"): the one
 * with the stronger rule gets them; on a tie neither does, as it is not clear who is meant.
 */
export function resolvePeople(people: NamedPerson[], stored: StoredPerson[]): (Resolution | null)[] {
  const resolutions = people.map((person) => resolvePerson(person, stored));
  return resolutions.map((resolution, i) => {
    if (!resolution) return null;
    const rivals = resolutions.filter((other, j) => j !== i && other?.person.id === resolution.person.id);
    return rivals.every((rival) => ruleStrength[rival!.rule] > ruleStrength[resolution.rule]) ? resolution : null;
  });
}
