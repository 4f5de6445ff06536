import type { Writable } from "node:stream";
import { SingleBar } from "cli-progress";
import type { IngestCounts } from "../ingest/write-extraction.ts";
import { describeCounts } from "./describe-counts.ts";

export type IngestOutcome =
  | { origin: string; status: "ingested"; title: string; counts: IngestCounts }
  | { origin: string; status: "unchanged"; title: string }
  | { origin: string; status: "failed"; reason: string };

/** Shows how an ingest run goes, one article at a time. */
export interface IngestProgress {
  starting(origin: string): void;
  finished(outcome: IngestOutcome): void;
  stop(): void;
}

export interface ProgressStreams {
  /** Where the plain lines go (stdout). */
  out: Writable;
  /** Where the bar goes (stderr), when it is a terminal. */
  err: Writable & { isTTY?: boolean };
}

/** A progress bar on `err` when it is a terminal; otherwise one plain line per article on `out`, for logs and pipes. */
export function startProgress(total: number, streams: ProgressStreams): IngestProgress {
  return streams.err.isTTY ? progressBar(total, streams.err) : progressLines(streams.out);
}

/** "ingested notes/a.txt: Title (2 people, …)", "unchanged …: Title", "failed …: reason" */
export function describeOutcome(outcome: IngestOutcome): string {
  switch (outcome.status) {
    case "ingested":
      return `ingested ${outcome.origin}: ${outcome.title} (${describeCounts(outcome.counts)})`;
    case "unchanged":
      return `unchanged ${outcome.origin}: ${outcome.title}`;
    case "failed":
      return `failed ${outcome.origin}: ${outcome.reason}`;
  }
}

function progressLines(out: Writable): IngestProgress {
  return {
    starting() {},
    finished: (outcome) => out.write(`${describeOutcome(outcome)}\n`),
    stop() {},
  };
}

// The bar's line without the origin: "ingesting [=====…] 120/4000 | ETA 1m30s | 2 failed | ".
const barLineWidth = 70;

function progressBar(total: number, stream: Writable & { columns?: number }): IngestProgress {
  const bar = new SingleBar({
    stream,
    format: "ingesting [{bar}] {value}/{total} | ETA {eta_formatted} | {failed} failed | {origin}",
    barsize: 30,
    // Cut to the terminal's width rather than switch wrapping off: an interrupted run leaves the terminal as it was.
    linewrap: true,
  });
  const room = Math.max(20, (stream.columns ?? 80) - barLineWidth);
  let failed = 0;
  bar.start(total, 0, { origin: "", failed });
  return {
    // The end of a long path names the file: "…/2024/05/feed.jsonl:12"
    starting: (origin) => bar.update({ origin: origin.length > room ? `…${origin.slice(-(room - 1))}` : origin }),
    finished(outcome) {
      if (outcome.status === "failed") failed += 1;
      bar.increment({ failed });
    },
    stop: () => bar.stop(),
  };
}
