import { describe, expect, it } from "vitest";
import { describeOutcome, type IngestOutcome, startProgress } from "../../src/cli/ingest-progress.ts";
import { addOutcome, describeTally, emptyTally } from "../../src/cli/ingest-tally.ts";
import { Capture } from "./ingest-fixtures.ts";

const counts = { people: 2, statements: 1, events: 1, countries: 2 };
const ingested: IngestOutcome = { origin: "desk/oslo.txt", status: "ingested", title: "Norway and Chile talk oceans", counts };
const unchanged: IngestOutcome = { origin: "desk/feed.jsonl:4", status: "unchanged", title: "Ferry line opens" };
const failed: IngestOutcome = { origin: "desk/tool.txt", status: "failed", reason: "is not UTF-8 text (a binary file?)" };

function run(total: number, outcomes: IngestOutcome[], err: Capture) {
  const out = new Capture();
  const progress = startProgress(total, { out, err });
  for (const outcome of outcomes) {
    progress.starting(outcome.origin);
    progress.finished(outcome);
  }
  progress.stop();
  return out;
}

describe("startProgress", () => {
  it("draws a bar on a terminal with the count, the failures so far and the current article, and prints no lines", () => {
    const err = new Capture(100);

    const out = run(3, [ingested, failed, unchanged], err);

    const frames = err.frames();
    expect(frames[0]).toMatch(/^ingesting \[-{30}\] 0\/3 \| ETA \S+ \| 0 failed \|$/);
    expect(frames.at(-1)).toMatch(/^ingesting \[={30}\] 3\/3 \| ETA \S+ \| 1 failed \| desk\/feed\.jsonl:4$/);
    expect(err.text.endsWith("\n")).toBe(true);
    expect(out.text).toBe("");
  });

  it("shows the end of a path too long for the terminal", () => {
    const err = new Capture(100);
    const origin = "archive/2024/spring/ministries/foreign-affairs/feed.jsonl:12";

    run(1, [{ ...unchanged, origin }], err);

    expect(err.frames().at(-1)).toMatch(/ \| …foreign-affairs\/feed\.jsonl:12$/);
    expect(err.frames().at(-1)!.length).toBeLessThanOrEqual(100);
  });

  it("prints one plain line per article when stderr is not a terminal, and nothing on stderr", () => {
    const err = new Capture();

    const out = run(3, [ingested, failed, unchanged], err);

    expect(out.text).toBe(
      [
        "ingested desk/oslo.txt: Norway and Chile talk oceans (2 people, 1 statements, 1 events, 2 countries)",
        "failed desk/tool.txt: is not UTF-8 text (a binary file?)",
        "unchanged desk/feed.jsonl:4: Ferry line opens",
        "",
      ].join("\n"),
    );
    expect(err.text).toBe("");
  });
});

describe("describeOutcome", () => {
  it.each([
    ["ingested", ingested, "ingested desk/oslo.txt: Norway and Chile talk oceans (2 people, 1 statements, 1 events, 2 countries)"], // stored now
    ["unchanged", unchanged, "unchanged desk/feed.jsonl:4: Ferry line opens"], // stored before
    ["failed", failed, "failed desk/tool.txt: is not UTF-8 text (a binary file?)"], // not stored
  ])("describes an article %s in one line", (_status, outcome, line) => {
    expect(describeOutcome(outcome)).toBe(line);
  });
});

describe("describeTally", () => {
  it.each<[string, IngestOutcome[], string[]]>([
    ["an empty run", [], ["Summary: 0 ingested, 0 unchanged, 0 failed"]], // nothing done
    ["a run without failures", [ingested, unchanged, unchanged], ["Summary: 1 ingested, 2 unchanged, 0 failed"]], // no failure, no failure list
    [
      "a run with failures",
      [failed, ingested, { ...failed, origin: "desk/feed.jsonl:2", reason: "title must be a string" }],
      ["Summary: 1 ingested, 0 unchanged, 2 failed", "Failed:", "  desk/tool.txt: is not UTF-8 text (a binary file?)", "  desk/feed.jsonl:2: title must be a string"],
    ], // failures listed in the order they happened, with their reasons
  ])("sums up %s", (_case, outcomes, lines) => {
    const tally = emptyTally();
    for (const outcome of outcomes) addOutcome(tally, outcome);

    expect(describeTally(tally)).toEqual(lines);
  });
});
