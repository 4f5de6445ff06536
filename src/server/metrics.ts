import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { Db } from "../db/client.ts";
import { ingestMetrics } from "../ingest/ingest-metrics.ts";

/**
 * Prometheus metrics on `GET /metrics`, in a registry of this server's own: requests, execution
 * durations and errors per operation (labelled with operationName and operationType; HTTP
 * durations also by method and status), the
 * primary's connection pool, ingestion and extraction, and the process (memory, CPU, event loop).
 */
export function useMetrics(primary: Db): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of ingestMetrics) registry.registerMetric(metric);
  new Gauge({
    name: "newsgraph_db_pool_connections",
    help: "Connections of the primary database's pool: total open, idle, and requests waiting for one.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      this.set({ state: "total" }, primary.pool.totalCount);
      this.set({ state: "idle" }, primary.pool.idleCount);
      this.set({ state: "waiting" }, primary.pool.waitingCount);
    },
  });
  return usePrometheus({
    registry,
    endpoint: "/metrics",
    // A GET's URL holds its whole query: a label of it would make a series per query.
    labels: { url: false },
    // Left out for what they cost on every request: the summary (a t-digest per observation, and the
    // duration histogram says the same), deprecated fields (a walk of every document), and the parse,
    // validate and context phases (parsing and validation are cached; the three take microseconds).
    metrics: {
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
    },
  });
}
