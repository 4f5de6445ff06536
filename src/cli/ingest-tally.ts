import type { IngestOutcome } from "./ingest-progress.ts";

/** What an ingest run did: the articles stored, those found stored already, and each failure with its reason. */
export interface IngestTally {
  ingested: number;
  unchanged: number;
  failures: { origin: string; reason: string }[];
}

export const emptyTally = (): IngestTally => ({ ingested: 0, unchanged: 0, failures: [] });

export function addOutcome(tally: IngestTally, outcome: IngestOutcome): void {
  if (outcome.status === "failed") tally.failures.push({ origin: outcome.origin, reason: outcome.reason });
  else tally[outcome.status] += 1;
}

/**
 * The summary printed at the end of a run:
 *   Summary: 7 ingested, 1 unchanged, 1 failed
 *   Failed:
 *     notes/feed.jsonl:3: not valid JSON (…)
 */
export function describeTally({ ingested, unchanged, failures }: IngestTally): string[] {
  const summary = `Summary: ${ingested} ingested, ${unchanged} unchanged, ${failures.length} failed`;
  if (failures.length === 0) return [summary];
  return [summary, "Failed:", ...failures.map(({ origin, reason }) => `  ${origin}: ${reason}`)];
}
