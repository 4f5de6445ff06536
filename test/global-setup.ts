import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openEmbeddedCluster } from "../src/db/embedded-cluster.ts";
import { prepareTemplate } from "../src/db/temp-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL of the run's PostgreSQL server (its `postgres` database). */
    databaseServerUrl: string;
  }
}

/**
 * One embedded PostgreSQL server for the whole run, on a folder of its own, with one migrated
 * template database: each test file copies it (test/helpers/db.ts) instead of migrating.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-tests-"));
  // As root the server runs as the `postgres` user, which must reach its folder.
  chmodSync(dir, 0o755);
  const cluster = await openEmbeddedCluster(join(dir, "postgres"), {
    // Durability is not under test here: a crash loses nothing anyone needs.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: "400" },
  });
  await prepareTemplate(cluster.url("postgres"));
  project.provide("databaseServerUrl", cluster.url("postgres"));
  return async () => {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
