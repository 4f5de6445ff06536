import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startTempServer } from "../src/db/temp-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL of the run's PostgreSQL server (its `postgres` database). */
    databaseServerUrl: string;
  }
}

/**
 * The CLI that tests run (bin/newsgraph.js) is the compiled one: built from the current sources first.
 * One embedded PostgreSQL server for the whole run, with one migrated template database: each
 * test file copies it (test/helpers/db.ts) instead of migrating.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  const server = await startTempServer("newsgraph-tests-", {
    // Durability is not under test here: a crash loses nothing anyone needs.
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    max_connections: "400",
  });
  project.provide("databaseServerUrl", server.url);
  return () => server.stop();
}
