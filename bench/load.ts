import autocannon from "autocannon";

export interface LoadOptions {
  /** Seconds of load. */
  duration: number;
  connections: number;
}

export interface Load {
  /** Requests answered (timed-out ones are not). */
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests given up on after `timeoutSeconds`, when the caller tolerates them; else always 0. */
  timeouts: number;
}

/**
 * POSTs `body` to `url` from `connections` connections for `duration` seconds. Fails, naming `label`, if any
 * request errs, is not 2xx or answers other than `expected`, or times out (after autocannon's 10 s). With
 * `timeoutSeconds`, a request that takes longer is given up on and counted in `timeouts` instead: for a
 * comparison in which a server too slow to answer is a finding, not a broken run.
 */
export async function loadChecked(
  label: string,
  url: string,
  body: string,
  expected: string,
  { duration, connections }: LoadOptions,
  { timeoutSeconds }: { timeoutSeconds?: number } = {},
): Promise<Load> {
  const headers = { "content-type": "application/json" };
  // A worker thread sends the load, so the server keeps the main thread's event loop to itself.
  const result = await autocannon({
    url,
    method: "POST",
    headers,
    body,
    duration,
    connections,
    workers: 1,
    expectBody: expected,
    ...(timeoutSeconds === undefined ? {} : { timeout: timeoutSeconds }),
  });
  const timeouts = timeoutSeconds === undefined ? 0 : result.timeouts;
  // autocannon counts timeouts among errors too.
  const failed = { errors: result.errors - timeouts, timeouts: result.timeouts - timeouts, non2xx: result.non2xx, mismatches: result.mismatches };
  if (Object.values(failed).some((count) => count > 0)) {
    throw new Error(`"${label}" failed under load: ${JSON.stringify(failed)}`);
  }
  return { requests: result.requests.total, perSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, timeouts };
}
