import type { IngestCounts } from "../ingest/write-extraction.ts";

/** "5 people, 6 statements, 8 events, 4 countries" */
export function describeCounts({ people, statements, events, countries }: IngestCounts): string {
  return `${people} people, ${statements} statements, ${events} events, ${countries} countries`;
}
