import type { PersonEntity } from "./stages/04-people.ts";
import type { EventMention } from "./stages/07-events.ts";
import { countryOfOffice, internationalOffice, officesAbsentFrom } from "./lexicons/national-offices.ts";

const representsNoState = (person: PersonEntity) => internationalOffice.test(person.role ?? "");

/**
 * Countries for officials the text gives no nationality, from what the text
 * does say, in order of how sure it is:
 * 1. an office only one state has ("Secretary of State Mike Pompeo": US);
 * 2. whom a visitor meets abroad ("Hunt's meetings in Washington with Vice
 *    President Mike Pence": Pence is of the place's country, as Hunt is not);
 * 3. the article's own side: news qualifies the foreigners ("Indian Defense
 *    Minister Manohar Parrikar") and leaves its own side bare ("President
 *    Barack Obama"); when the offices of step 1 agree on one state, the other
 *    bare officials belong to it, unless their office is one that state
 *    does not have (a bare "Foreign Minister" in an American article).
 * Officials of international bodies stay without a country.
 */
export function fillCountries(people: PersonEntity[], events: EventMention[]): void {
  const home = new Set<string>();
  for (const person of people) {
    if (person.country || !person.role) continue;
    person.country = countryOfOffice(person.role);
    if (person.country) home.add(person.country);
  }
  for (const event of events) {
    const where = event.country;
    if (!where || event.type === "call" || !event.participants.some((person) => person.country && person.country !== where)) continue;
    for (const person of event.participants) if (!person.country && !representsNoState(person)) person.country = where;
  }
  if (home.size !== 1) return;
  const [country] = [...home] as [string];
  const foreignOffice = officesAbsentFrom[country];
  for (const person of people) {
    if (!person.country && person.role && !representsNoState(person) && !foreignOffice?.test(person.role)) person.country = country;
  }
}
