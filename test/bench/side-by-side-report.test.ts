import { describe, expect, it } from "vitest";
import type { ContenderResult, ScenarioResult } from "../../bench/side-by-side/compare.ts";
import { readScenarios } from "../../bench/side-by-side/compare.ts";
import { formatReads } from "../../bench/side-by-side/report.ts";

const options = { duration: 10, connections: 10 };

function contender(name: string, perSecond: number, p99Ms: number, timeouts = 0): ContenderResult {
  return { name, load: { requests: 100, perSecond, p50Ms: p99Ms / 2, p99Ms, timeouts }, sql: { statements: 1, rows: 1 }, rowsRead: 10 };
}

/** Both scenarios with the floor at 1,000/s and naive at 100/s; Newsgraph as given. */
function results(nested: ContenderResult, skewed: ContenderResult): ScenarioResult[] {
  return readScenarios.map((scenario, index) => ({
    scenario,
    fillSeconds: 1,
    bytes: 100,
    identicalBytes: true,
    contenders: [contender("floor", 1_000, 5), contender("naive", 100, 50), index === 0 ? nested : skewed],
  }));
}

const targets = (report: string) => report.split("targets (Newsgraph):\n")[1]!.split("\n");

describe("the side-by-side read report", () => {
  it.each([
    // 0.5 × the floor, 5 × naive, p99 1.5 × as high on the skewed set: every target just met.
    [contender("Newsgraph", 500, 20), contender("Newsgraph", 500, 30), ["PASS", "PASS", "PASS"]],
    // 0.3 × the floor, 3 × naive, p99 2 × as high.
    [contender("Newsgraph", 300, 20), contender("Newsgraph", 300, 40), ["MISS", "MISS", "MISS"]],
    // A flat p99 measured with 1 request in 101 timed out is only a lower bound: no pass.
    [contender("Newsgraph", 500, 20), contender("Newsgraph", 500, 20, 1), ["PASS", "PASS", "MISS"]],
  ])("says PASS or MISS per target (case %#)", (nested, skewed, verdicts) => {
    expect(targets(formatReads(results(nested, skewed), options)).map((line) => line.slice(0, 4))).toEqual(verdicts);
  });

  it("shows a p99 beyond the timeout when more than 1% of the requests timed out", () => {
    const report = formatReads(results(contender("Newsgraph", 500, 20), contender("Newsgraph", 0.5, 4_000, 5)), options);
    expect(report).toMatch(/Newsgraph +0\.5 +≥ 2000\.0 +> 5000 /);
    expect(report).toContain("Newsgraph: 5 requests timed out after 5000 ms (100 answered)");
  });
});
