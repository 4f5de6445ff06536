import type fc from "fast-check";

/**
 * fast-check's parameters for a fuzz test: `quickRuns` inside `npm test` (seconds per file),
 * FUZZ_FACTOR times as many under `npm run fuzz`. A failure prints its seed and path with the
 * shrunk counterexample; FUZZ_SEED replays that seed.
 */
const factor = Number(process.env.FUZZ_FACTOR ?? 1);

/** A fuzz test's time limit: vitest's 30 s per FUZZ_FACTOR. */
export const fuzzTimeout = 30_000 * factor;

export function fuzzParameters(quickRuns: number): fc.Parameters<unknown> {
  const runs = quickRuns * factor;
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  return { numRuns: runs, ...(seed === undefined ? {} : { seed }), verbose: 1 };
}
