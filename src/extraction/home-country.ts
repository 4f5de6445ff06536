import type { PersonEntity } from "./stages/04-people.ts";
import { countryOfOffice, internationalOffice } from "./lexicons/national-offices.ts";

/**
 * Countries for officials the text gives no nationality. News qualifies the
 * foreigners ("Indian Defense Minister Manohar Parrikar") and leaves its own
 * side bare ("Defense Secretary Ash Carter", "President Barack Obama"). An
 * office that only one state has gives that state; when all such offices
 * agree on one state, it is the article's own side, and other bare officials
 * belong to it. Officials of international bodies stay without a country.
 */
export function fillCountries(people: PersonEntity[]): void {
  const home = new Set<string>();
  for (const person of people) {
    if (person.country || !person.role) continue;
    person.country = countryOfOffice(person.role);
    if (person.country) home.add(person.country);
  }
  if (home.size !== 1) return;
  const [country] = home;
  for (const person of people) {
    if (!person.country && person.role && !internationalOffice.test(person.role)) person.country = country!;
  }
}
