import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../src/env.ts";

const primary = "postgresql://news:secret@db.example.org:5432/newsgraph";

describe("loadEnv", () => {
  it("defaults to the embedded server in ./data/postgres, without replicas", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ DATABASE_REPLICA_URLS: [], NEWSGRAPH_DATA_DIR: resolve("data/postgres") });
  });

  it.each([
    [{ DATABASE_URL: primary }, { DATABASE_URL: primary, DATABASE_REPLICA_URLS: [] }], // an existing server
    [{ DATABASE_URL: "postgres://localhost/news" }, { DATABASE_URL: "postgres://localhost/news" }], // the short scheme
    [
      { DATABASE_URL: primary, DATABASE_REPLICA_URLS: " postgresql://r1/newsgraph , postgresql://r2/newsgraph,," },
      { DATABASE_REPLICA_URLS: ["postgresql://r1/newsgraph", "postgresql://r2/newsgraph"] },
    ], // replicas, spaces and empty items ignored
    [{ DATABASE_URL: primary, DATABASE_DIRECT_URL: "postgresql://db-direct/newsgraph" }, { DATABASE_DIRECT_URL: "postgresql://db-direct/newsgraph" }], // a pooled primary
    [{}, { NEWSGRAPH_MAX_COST: 25_000, NEWSGRAPH_MAX_DEPTH: 20, NEWSGRAPH_REQUEST_TIMEOUT_MS: 10_000, NEWSGRAPH_POOL_SIZE: 10 }], // the limits' defaults
    [{ NEWSGRAPH_MAX_COST: "50000", NEWSGRAPH_WRITE_POOL_SIZE: "2" }, { NEWSGRAPH_MAX_COST: 50_000, NEWSGRAPH_WRITE_POOL_SIZE: 2 }], // limits set
  ])("reads %j", (source, expected) => {
    expect(loadEnv(source)).toMatchObject(expected);
  });

  it.each([
    [{ DATABASE_URL: "file:./data/newsgraph.db" }, "DATABASE_URL: must be a PostgreSQL URL"], // the old SQLite setting
    [{ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "postgresql://r1/n,mysql://r2/n" }, "DATABASE_REPLICA_URLS.1: must be a PostgreSQL URL"], // one bad replica
    [{ DATABASE_REPLICA_URLS: "postgresql://r1/newsgraph" }, "DATABASE_REPLICA_URLS: needs the primary in DATABASE_URL"], // replicas of the embedded server
    [{ DATABASE_DIRECT_URL: primary }, "DATABASE_DIRECT_URL: needs the primary in DATABASE_URL"], // a direct URL alone
    [{ NEWSGRAPH_WRITE_TOKEN: "short" }, "NEWSGRAPH_WRITE_TOKEN must be at least 16 characters"], // a guessable token
    [{ NEWSGRAPH_MAX_COST: "0" }, "NEWSGRAPH_MAX_COST"], // a limit that would refuse everything
    [{ NEWSGRAPH_REQUEST_TIMEOUT_MS: "ten seconds" }, "NEWSGRAPH_REQUEST_TIMEOUT_MS"], // not a number
  ])("refuses %j, naming the setting", (source, message) => {
    expect(() => loadEnv(source)).toThrow(message);
  });
});
