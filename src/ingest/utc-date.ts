import { IngestError } from "./ingest-error.ts";

/** A calendar day as the DateTime it is stored as, UTC midnight: "2023-03-22" → 2023-03-22T00:00:00.000Z. */
export function utcDate(day: string): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  // Date rolls "2023-02-30" over to March; a day that does not survive the round trip is no day.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw new IngestError(`"${day}" is not a date written YYYY-MM-DD`);
  }
  return date;
}
