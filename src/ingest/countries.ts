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
 * that facts may reference any of them. Rerunnable: it reads the codes present
 * and inserts only the missing records, in one statement (SQLite's createMany
 * has no skipDuplicates, hence the read).
 */
export async function ensureCountries(db: Db): Promise<CountryLoad> {
  const present = new Set((await db.country.findMany({ select: { code: true } })).map((row) => row.code));
  const missing = countryRecords
    .filter((record) => !present.has(record.code))
    // Only the table's columns: the lexicon's records carry more (alternative names, …).
    .map(({ code, alpha3, name, official, demonym, capital }) => ({ code, alpha3, name, official, demonym, capital }));
  if (missing.length > 0) await db.country.createMany({ data: missing });
  return { total: present.size + missing.length, added: missing.length };
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
