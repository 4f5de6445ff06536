import { Counter, Histogram } from "prom-client";

// Module-level, so the ingest path needs nothing passed in, and registered in no registry: the
// server's registry (src/server/metrics.ts) adds them, and a CLI process that never serves
// /metrics counts for nobody. Extraction itself stays pure; it is timed here, around the call.

/** Articles that went through `ingestArticle`, by outcome: created, unchanged (already stored) or failed. */
export const articlesIngested = new Counter({
  name: "newsgraph_articles_ingested_total",
  help: "Articles passed to ingestion, by outcome: created, unchanged (already stored) or failed.",
  labelNames: ["outcome"] as const,
  registers: [],
});

/** Articles that `reprocessArticles` extracted again, by outcome: reprocessed or failed. */
export const articlesReprocessed = new Counter({
  name: "newsgraph_articles_reprocessed_total",
  help: "Stored articles extracted again by reprocess, by outcome: reprocessed or failed.",
  labelNames: ["outcome"] as const,
  registers: [],
});

/** Seconds spent extracting facts from one article's text. */
export const extractionSeconds = new Histogram({
  name: "newsgraph_extraction_duration_seconds",
  help: "Time to extract the facts of one article (ingest and reprocess).",
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [],
});

export const ingestMetrics = [articlesIngested, articlesReprocessed, extractionSeconds];
