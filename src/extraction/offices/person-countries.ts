import type { CountryMention, Described, Doc, EventMention, PersonCountry, PersonEntity } from "../annotations.ts";
import { countryOfOffice, internationalOffice, officesAbsentFrom } from "../lexicons/national-offices.ts";
import { travelTypes } from "../lexicons/events.ts";
import { delegations, hostOf, relativesOf, sideLeaders } from "./person-relations.ts";

/**
 * The state each person represents, from what the text says, in order of how
 * sure it is; a person the text gives nothing stays without one:
 * 1. the office as written ("Japanese Prime Minister", "President of Ukraine",
 *    "Fiji's foreign minister"), or a description ("the Iranian president");
 * 2. an office only one state has ("Secretary of State Mike Pompeo": US);
 * 3. the leader of a country's side ("the Indian side was led by Ravi Rao"),
 *    a relative named beside someone of a known state ("Prime Minister Ana Ruiz
 *    of Peru and her husband Luis Ruiz"), and the one who hosts a gathering in
 *    a country ("Ruiz will host the summit in Lima");
 *    the host: whom a visitor meets abroad ("Hunt's meetings in Washington with
 *    Vice President Mike Pence": Pence is of the place's country, as Hunt is not);
 * 4. the other side: an official travelling to a country, or meeting or calling
 *    someone of a known state, is of the article's most-named other state
 *    ("Foreign Minister Ana Ruiz departs for Fiji" in an article naming Peru
 *    most after Fiji), when one state is named most;
 * 5. the article's own side: when the offices of step 2, written without their
 *    country, agree on one state,
 *    the other bare officials belong to it, unless their office is one that
 *    state does not have (a bare "Foreign Minister" in an American article).
 * Officials of international bodies stay without a country. Pure: returns its own layer.
 */
export function personCountries(
  doc: Doc,
  people: PersonEntity[],
  events: EventMention[],
  countries: CountryMention[],
  described: ReadonlyMap<PersonEntity, Described>,
): Map<PersonEntity, PersonCountry> {
  const found = new Map<PersonEntity, PersonCountry>();
  const roleOf = (person: PersonEntity) => person.role ?? described.get(person)?.role ?? null;
  const representsNoState = (person: PersonEntity) => internationalOffice.test(roleOf(person) ?? "");
  const open = (person: PersonEntity) => !found.has(person) && !representsNoState(person);
  const give = (person: PersonEntity, country: string | null, rule: string) => {
    if (country && open(person)) found.set(person, { country, rule });
  };
  const countryOf = (person: PersonEntity) => found.get(person)?.country ?? null;

  for (const person of people) {
    if (person.country) found.set(person, { country: person.country, rule: "person-country.office" });
  }
  for (const person of people) give(person, described.get(person)?.country ?? null, "person-country.description");
  const home = new Set<string>();
  for (const person of people) {
    const role = roleOf(person);
    const country = role ? countryOfOffice(role) : null;
    // An office written without its country ("Secretary of State Ana Ruiz") is the writer's own side's;
    // "U.S. Secretary of State" is how a writer from elsewhere puts it.
    if (country && open(person)) home.add(country);
    give(person, country, "person-country.national-office");
  }
  for (const [person, code] of sideLeaders(doc, people, countries)) give(person, code, "person-country.side-leader");
  for (const [person, relative] of relativesOf(people)) give(person, countryOf(relative), "person-country.relative");
  for (const event of events) {
    const host = event.country && event.type !== "call" ? hostOf(doc, people, event) : null;
    if (host) give(host, event.country, "person-country.hosting");
  }

  const mentioned = new Map<string, number>();
  for (const mention of countries) mentioned.set(mention.code, (mentioned.get(mention.code) ?? 0) + 1);
  /** The state named most often but `not`, when one is named strictly most. */
  const otherSide = (not: Set<string>): string | null => {
    const ranked = [...mentioned].filter(([code]) => !not.has(code)).sort((a, b) => b[1] - a[1]);
    return ranked[0] && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
  };

  // Someone from elsewhere at a place: of another known state, or an official of an international body.
  const visitor = (where: string) => (person: PersonEntity) => (countryOf(person) !== null && countryOf(person) !== where) || representsNoState(person);

  for (let pass = 0; pass < 2; pass++) {
    // "Prime Minister Ana Ruiz will be accompanied by a delegation including Minister Tom Hale": her delegation is of her state.
    for (const { leader, members } of delegations(doc, people)) {
      for (const member of members) give(member, countryOf(leader), "person-country.delegation");
    }
    for (const event of events) {
      const where = event.country;
      if (!where || event.type === "call" || !event.participants.some(visitor(where))) continue;
      // Those who travel together are the visitors, not the hosts: a delegation shares its leader's state.
      if (travelTypes.has(event.type)) {
        const states = new Set(event.participants.map(countryOf).filter((code) => code !== null));
        if (states.size === 1) for (const person of event.participants) give(person, [...states][0]!, "person-country.fellow-traveller");
        continue;
      }
      for (const person of event.participants) give(person, where, "person-country.host");
    }
    for (const event of events) {
      const where = event.country;
      if (!where || !travelTypes.has(event.type) || !event.participants.some(visitor(where))) continue;
      // "visited Lima and urged President Ana Ruiz to …": an official named after a visit, in its sentence, is the host.
      for (const person of people) {
        if (person.role && !event.participants.includes(person) && person.mentions.some((mention) => mention.sentence === event.sentence && mention.start > event.end)) give(person, where, "person-country.host");
      }
    }
    for (const person of people.filter((p) => open(p) && roleOf(p))) {
      const journeys = events.filter((event) => travelTypes.has(event.type) && event.country && event.participants.includes(person));
      if (journeys.length) {
        give(person, otherSide(new Set(journeys.map((event) => event.country!))), "person-country.traveller");
        continue;
      }
      for (const event of events.filter((e) => e.type !== "summit" && e.participants.includes(person))) {
        const counterparts = event.participants.map(countryOf).filter((code): code is string => code !== null);
        if (!counterparts.length) continue;
        give(person, otherSide(new Set([...counterparts, ...(event.country ? [event.country] : [])])), "person-country.counterpart");
      }
    }
  }

  if (home.size !== 1) return found;
  const [country] = [...home] as [string];
  const foreignOffice = officesAbsentFrom[country];
  for (const person of people) {
    const role = roleOf(person);
    if (role && !foreignOffice?.test(role)) give(person, country, "person-country.home-side");
  }
  return found;
}
