import type { Db } from "../db/client.ts";
import { countryRecords } from "../extraction/lexicons/countries.ts";

export interface CountryLoad {
  /** Country rows in the table afterwards. */
  total: number;
  /** Rows that were missing and have been inserted. */
  added: number;
}

/**
 * Makes the Country table hold every ISO country, keyed on its alpha-2 code, so
 * that facts may reference any of them. Rerunnable: one INSERT … ON CONFLICT DO
 * NOTHING, so rows already there (or inserted by a concurrent writer) are kept.
 */
export async function ensureCountries(db: Db): Promise<CountryLoad> {
  const { count } = await db.country.createMany({
    // Only the table's columns: the lexicon's records carry more (alternative names, …).
    data: countryRecords.map(({ code, alpha3, name, official, demonym, capital }) => ({ code, alpha3, name, official, demonym, capital })),
    skipDuplicates: true,
  });
  return { total: countryRecords.length, added: count };
}

const loading = new WeakMap<Db, Promise<unknown>>();

/**
 * ensureCountries once per client, for the write paths: the application never
 * deletes a country, so the table read need not be repeated for every article,
 * and concurrent first writers share one load instead of racing to insert.
 */
export function ensureCountriesOnce(db: Db): Promise<unknown> {
  let load = loading.get(db);
  if (!load) {
    load = ensureCountries(db).catch((error: unknown) => {
      loading.delete(db);
      throw error;
    });
    loading.set(db, load);
  }
  return load;
}
