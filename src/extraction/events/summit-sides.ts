import type { PersonEntity } from "../annotations.ts";
import { countryOfSurface } from "../countries/find-countries.ts";
import { organisationOffices } from "../lexicons/events.ts";

/**
 * A summit named by its sides: "the Canada-EU Summit", "the China-Japan-Korea
 * summit" gives the people who speak for each side. A side is a country (by
 * name or demonym) or an organisation known by its offices; every side must be one.
 */
export function summitSides(name: string, people: PersonEntity[], countryOf: (person: PersonEntity) => string | null, roleOf: (person: PersonEntity) => string | null): PersonEntity[] {
  const sides = name.split("-");
  if (sides.length < 2) return [];
  const matches = sides.map((side) => {
    const country = countryOfSurface(side);
    if (country && country.cue !== "capital") return (person: PersonEntity) => countryOf(person) === country.code;
    const office = organisationOffices[side];
    return office ? (person: PersonEntity) => countryOf(person) === null && office.test(roleOf(person) ?? "") : null;
  });
  if (matches.some((match) => match === null)) return [];
  return people.filter((person) => matches.some((match) => match!(person)));
}
