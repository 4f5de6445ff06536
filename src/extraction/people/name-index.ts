import type { CountryMention, Described, Doc, NamePosition, PersonEntity } from "../annotations.ts";
import { countriesByToken } from "../countries/find-countries.ts";

/**
 * Where people and countries are named, by token: what resolving a subject or a description looks up.
 * Its own layer, `described`, holds what descriptions taught about people; the people stay as grouped.
 */
export class NameIndex {
  readonly described = new Map<PersonEntity, Described>();
  readonly names: NamePosition[];
  /** Name mentions by the token one past their end, and by their first token. */
  readonly byEnd = new Map<number, NamePosition>();
  readonly byStart = new Map<number, NamePosition>();
  readonly countryByToken: Map<number, string>;

  constructor(
    readonly doc: Doc,
    people: PersonEntity[],
    countries: CountryMention[],
  ) {
    this.names = people
      .flatMap((person) => person.mentions.map((mention) => ({ person, tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd })))
      .sort((a, b) => a.tokenStart - b.tokenStart);
    for (const name of this.names) {
      this.byEnd.set(name.tokenEnd, name);
      this.byStart.set(name.tokenStart, name);
    }
    this.countryByToken = countriesByToken(countries);
  }

  /** The person's country: from their office, else from a description. */
  countryOf(person: PersonEntity): string | null {
    return person.country ?? this.described.get(person)?.country ?? null;
  }

  roleOf(person: PersonEntity): string | null {
    return person.role ?? this.described.get(person)?.role ?? null;
  }

  /** People named in tokens [from, to), in order, without repeats. */
  peopleIn(from: number, to: number): PersonEntity[] {
    const found: PersonEntity[] = [];
    for (const name of this.names) {
      if (name.tokenStart >= from && name.tokenEnd <= to && !found.includes(name.person)) found.push(name.person);
    }
    return found;
  }

  /**
   * "the two officials", "their sixth meeting": the two people named most
   * recently before token `j`; "the two secretaries": the two whose office it is.
   */
  recentPair(j: number, office: string | null = null): PersonEntity[] {
    const pair: PersonEntity[] = [];
    const fits = (person: PersonEntity) => office === null || (this.roleOf(person)?.toLowerCase().includes(office) ?? false);
    for (let k = this.names.length - 1; k >= 0 && pair.length < 2; k--) {
      const name = this.names[k]!;
      if (name.tokenEnd <= j && !pair.includes(name.person) && fits(name.person)) pair.push(name.person);
    }
    return pair.length === 2 ? pair.reverse() : [];
  }

  /** The person named most recently before token `j` that `accept` takes, named where `at` allows. */
  mostRecentBefore(j: number, accept: (person: PersonEntity) => boolean = () => true, at: (token: number) => boolean = () => true): PersonEntity | null {
    for (let k = this.names.length - 1; k >= 0; k--) {
      const name = this.names[k]!;
      if (name.tokenEnd <= j && accept(name.person) && at(name.tokenStart)) return name.person;
    }
    return null;
  }
}
