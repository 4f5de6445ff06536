import type { Extraction } from "./types.ts";

/**
 * The extraction in the shape of the evaluation's gold files, with provenance
 * kept as extra fields: what `newsgraph extract` prints and `npm run eval` scores.
 */
export function toReport(extraction: Extraction) {
  return {
    people: extraction.people.map(({ name, aliases, role, country, provenance }) => ({ name, aliases, role, country, ...provenance })),
    countries: extraction.countries.map((country) => country.code),
    statements: extraction.statements.map(({ speaker, kind, text, date, countries, provenance }) => ({
      speaker,
      kind,
      text,
      date,
      countries,
      ...provenance,
    })),
    events: extraction.events.map(({ type, title, participants, place, country, date, provenance }) => ({
      type,
      title,
      participants,
      place,
      country,
      date,
      ...provenance,
    })),
  };
}
