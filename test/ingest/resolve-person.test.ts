import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/extraction/normalize.ts";
import { type NamedPerson, resolvePeople, resolvePerson, type StoredPerson } from "../../src/ingest/resolve-person.ts";

function stored(id: number, name: string, countryCode: string | null, aliases: string[] = []): StoredPerson {
  return { id, name, normalizedName: normalizeName(name), role: null, countryCode, aliases: aliases.map(normalizeName) };
}

const known = [
  stored(1, "Vladimir Putin", "RU", ["Putin"]),
  stored(2, "Lloyd Austin", "US"),
  stored(3, "Joe Biden", "US", ["Biden"]),
  stored(4, "Ursula von der Leyen", null),
  stored(5, "Luiz Inácio Lula da Silva", "BR"),
  stored(6, "Fumio Kishida", "JP"),
  stored(7, "Yuko Kishida", "JP"),
  stored(8, "Zelensky", null), // known only by a short name so far
  stored(9, "Xi Jinping", "CN", ["Xi"]),
  stored(10, "Antony Blinken", "US", ["Tony Blinken"]), // "Tony Blinken" was merged into him
  stored(11, "Li Qiang", "CN", ["Premier Li"]),
  stored(12, "Li Keqiang", "CN", ["Premier Li"]),
  stored(13, "David Cameron", "GB"),
];

const someone = (name: string, country: string | null = null, aliases: string[] = []): NamedPerson => ({ name, aliases, country });

describe("resolvePerson", () => {
  it.each<[NamedPerson, number | null, string | null]>([
    [someone("vladimir PUTIN", "RU"), 1, "name"], // the same name, case aside
    [someone("Vladimir Putin", "UA"), 1, "name"], // the same name links even when the countries differ: names are unique
    [someone("Joseph R. Biden, Jr.", "US"), 3, "related"], // the formal form of a familiar first name, with initial and suffix
    [someone("Austin"), 2, "related"], // surname alone links to the one full name
    [someone("Lloyd J. Austin III", "US"), 2, "related"], // middle initial and suffix
    [someone("Von der Léyen"), 4, "related"], // particles and an accent in the surname
    [someone("Lula da Silva", "BR", ["Lula"]), 5, "related"], // fewer given names, the last one kept
    [someone("Volodymyr Zelensky", "UA"), 8, "related"], // a full name links to a stored short name
    [someone("Tony Blinken"), 10, "alias"], // alias recorded by a merge, whatever the given names
    [someone("Xi"), 9, "alias"], // a family name written first, known as an alias
    [someone("Kishida"), null, null], // two people share the surname: no link
    [someone("Hunter Biden", "US", ["Biden"]), null, null], // conflicting given names, though both go by "Biden"
    [someone("Premier Li"), null, null], // an alias two people have names neither for sure
    [someone("Putin", "UA"), null, null], // different countries: an alias does not link them
    [someone("Cameron", "US"), null, null], // different countries: the surname does not link them
    [someone("Xi Mingze", "CN", ["Xi"]), null, null], // a shared family name written first links two full names no more
    [someone("Narendra Modi", "IN"), null, null], // someone new
  ])("resolves %j to #%s by %s", (person, id, rule) => {
    const resolution = resolvePerson(person, known);
    expect(resolution && [resolution.person.id, resolution.rule]).toEqual(id === null ? null : [id, rule]);
  });
});

describe("resolvePeople", () => {
  it.each<[NamedPerson[], (number | null)[]]>([
    [[someone("Volodymyr Zelensky"), someone("Olena Zelensky")], [null, null]], // two of the article's people fit one short name: neither gets it
    [[someone("Fumio Kishida"), someone("F. Kishida")], [6, null]], // the same name wins over a compatible one
    [[someone("Austin"), someone("Kishida"), someone("Putin")], [2, null, 1]], // people who fit different stored people each get theirs
  ])("resolves %j together to %j", (people, ids) => {
    expect(resolvePeople(people, known).map((resolution) => resolution?.person.id ?? null)).toEqual(ids);
  });
});
