import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { Db } from "../db/client.ts";
import { ingestMetrics } from "../ingest/ingest-metrics.ts";

/**
 * Prometheus metrics on `GET /metrics`, in a registry of this server's own: requests, phase
 * durations and errors per operation (yoga's plugin's default set, labelled with operationName
 * and operationType; HTTP durations also by method and status), the
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
  });
}
