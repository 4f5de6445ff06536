import { DEFAULT_POOL_SIZE } from "../../src/db/client.ts";
import type { Load, LoadOptions } from "../load.ts";
import { formatColumns } from "../print-table.ts";
import { type ContenderResult, requestTimeout, type ScenarioResult, WARM_UP_SECONDS } from "./compare.ts";

// The targets for Newsgraph: its share of the floor's throughput, its lead over the naive server,
// and how far its p99 may grow when each person has thousands of statements instead of twenty.
const FLOOR_SHARE = 0.4;
const NAIVE_MULTIPLE = 5;
const SKEWED_P99_GROWTH = 1.5;

const whole = (value: number) => value.toLocaleString("en");

/** The side-by-side tables, one per scenario, then a PASS or MISS line per target. */
export function formatReads(results: readonly ScenarioResult[], options: LoadOptions): string {
  const { duration, connections } = options;
  const timeoutMs = requestTimeout(options) * 1000;
  const lines = [
    `reads: one query, three servers, the same PostgreSQL data, each loaded alone with ${connections} connections for ${duration} s after a ${WARM_UP_SECONDS} s warm-up`,
    "  floor: node:http + pg, one hand-written SQL statement (LATERAL per person, JSON built in SQL)",
    "  naive: node:http + pg + graphql-js (parse, validate, execute per request; no yoga), one SQL query per parent object",
    "  Newsgraph: yoga + Pothos + Prisma as served (yoga's request handling is in its figures, not in the others')",
    `  each has a pool of ${DEFAULT_POOL_SIZE} connections`,
    "  counted on one request to a fresh instance, alone on the database: SQL/req = SQL statements it ran; rows/req = rows they",
    "  returned to the server; read/req = rows PostgreSQL read for them (table rows scanned + index entries, pg_stat_user_*)",
  ];
  for (const { scenario, fillSeconds, bytes, identicalBytes, contenders } of results) {
    const { set, page } = scenario;
    lines.push(
      "",
      `${scenario.name}: people(first: ${page.people}) → statements(first: ${page.statements}) → text, article { title }; ` +
        `${whole(set.people)} people × ${whole(set.statementsEach)} statements (filled in ${fillSeconds.toFixed(1)} s)`,
      `answers: ${identicalBytes ? "identical bytes" : "equal JSON, different bytes"} from the three servers, ${whole(bytes)} B`,
      formatColumns(["", "per s", "p50 ms", "p99 ms", "SQL/req", "rows/req", "read/req", "× floor", "× naive"], contenders.map((row) => cells(row, contenders, timeoutMs))),
      ...contenders
        .filter(({ load }) => load.timeouts > 0)
        .map(({ name, load }) => `  ${name}: ${whole(load.timeouts)} requests timed out after ${timeoutMs} ms (${whole(load.requests)} answered); its p50 and p99 count them`),
    );
  }
  lines.push("", "targets (Newsgraph):", ...targetLines(results, timeoutMs));
  return lines.join("\n");
}

/**
 * The latency that a share `quantile` of the requests sent did not exceed. Timed-out requests were slower than
 * every answered one: beyond the timeout when they are more than 1 − quantile of all, and otherwise the answered
 * requests' percentile is a lower bound. Infinity when no request was answered.
 */
function latency(load: Load, quantile: 0.5 | 0.99): { ms: number; exact: boolean } {
  const sent = load.requests + load.timeouts;
  if (load.requests === 0 || load.timeouts / sent > 1 - quantile) return { ms: Infinity, exact: false };
  return { ms: quantile === 0.5 ? load.p50Ms : load.p99Ms, exact: load.timeouts === 0 };
}

function formatLatency({ ms, exact }: { ms: number; exact: boolean }, timeoutMs: number): string {
  if (ms === Infinity) return `> ${timeoutMs}`;
  return `${exact ? "" : "≥ "}${ms.toFixed(1)}`;
}

function cells({ name, load, sql, rowsRead }: ContenderResult, all: readonly ContenderResult[], timeoutMs: number): string[] {
  const rate = (other: string) => load.perSecond / contender(all, other).perSecond;
  return [
    name,
    load.perSecond.toFixed(1),
    formatLatency(latency(load, 0.5), timeoutMs),
    formatLatency(latency(load, 0.99), timeoutMs),
    String(sql.statements),
    whole(sql.rows),
    whole(rowsRead),
    rate("floor").toFixed(2),
    rate("naive").toFixed(2),
  ];
}

function targetLines(results: readonly ScenarioResult[], timeoutMs: number): string[] {
  const scenario = (name: string) => results.find((result) => result.scenario.name === name)!.contenders;
  const [nested, skewed] = [scenario("nested"), scenario("skewed")];
  const newsgraph = contender(nested, "Newsgraph");
  const check = (met: boolean, text: string) => `${met ? "PASS" : "MISS"}  ${text}`;
  const floorShare = newsgraph.perSecond / contender(nested, "floor").perSecond;
  const naiveMultiple = newsgraph.perSecond / contender(nested, "naive").perSecond;
  const [skewedP99, nestedP99] = [latency(contender(skewed, "Newsgraph"), 0.99), latency(newsgraph, 0.99)];
  // Only measured p99s can pass: a bound, from requests that timed out, proves nothing either way.
  const exact = skewedP99.exact && nestedP99.exact;
  const growth = skewedP99.ms / nestedP99.ms;
  return [
    check(floorShare >= FLOOR_SHARE, `nested req/s ≥ ${FLOOR_SHARE.toFixed(2)} × floor's: ${floorShare.toFixed(2)} ×`),
    check(naiveMultiple >= NAIVE_MULTIPLE, `nested req/s ≥ ${NAIVE_MULTIPLE} × naive's: ${naiveMultiple.toFixed(2)} ×`),
    check(
      exact && growth <= SKEWED_P99_GROWTH,
      `p99 skewed ≤ ${SKEWED_P99_GROWTH} × p99 nested: ` +
        (exact ? `${growth.toFixed(2)} ×` : `${formatLatency(skewedP99, timeoutMs)} ms against ${formatLatency(nestedP99, timeoutMs)} ms, not measured (timeouts)`),
    ),
  ];
}

const contender = (results: readonly ContenderResult[], name: string) => results.find((result) => result.name === name)!.load;
