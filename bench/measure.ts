import { performance } from "node:perf_hooks";

export interface Timings {
  count: number;
  totalMs: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Runs `task` on each item in turn and times every call. */
export async function timeEach<T>(items: readonly T[], task: (item: T) => unknown): Promise<Timings> {
  const durations: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await task(item);
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  // Nearest rank: the smallest duration that at least q of the calls did not exceed.
  const percentile = (q: number) => durations[Math.max(0, Math.ceil(q * durations.length) - 1)] ?? 0;
  const totalMs = durations.reduce((sum, ms) => sum + ms, 0);
  return { count: durations.length, totalMs, perSecond: (durations.length / totalMs) * 1000, p50Ms: percentile(0.5), p95Ms: percentile(0.95), p99Ms: percentile(0.99) };
}

/**
 * The highest resident set size seen until `stop()`, in MB: sampled every 10 ms, and on `sample()`
 * because a synchronous stretch (extraction) gives the timer no turn.
 */
export function samplePeakRss(): { sample(): void; stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return peak / 1024 / 1024;
    },
  };
}
