import worldCountriesModule, { type Countries } from "world-countries";

// Every officially assigned ISO 3166-1 country, from the maintained
// `world-countries` dataset (names, codes, demonyms, capitals).
export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
  /** Common English name: "United Kingdom". */
  name: string;
  official: string;
  /** "British"; null where the dataset has none. */
  demonym: string | null;
  capital: string | null;
  /** Other names the dataset knows in Latin script: "UK", "Great Britain", "Burma". */
  altNames: string[];
  /** A sovereign state: wins when a territory shares its name or demonym ("American"). */
  independent: boolean;
}

// The package is CommonJS whose typings declare an ES default export; at run time
// the default import is the array itself.
const worldCountries = worldCountriesModule as unknown as Countries;

const latin = /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u;

export const countryRecords: readonly CountryRecord[] = worldCountries
  .filter((country) => country.status === "officially-assigned")
  .map((country) => ({
    code: country.cca2,
    alpha3: country.cca3,
    name: country.name.common,
    official: country.name.official,
    demonym: country.demonyms?.eng?.m || null,
    capital: country.capital[0] ?? null,
    altNames: country.altSpellings.filter((name) => latin.test(name) && name !== country.cca2),
    independent: country.independent === true,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
