import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness, TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { railTalks } from "../helpers/live-articles.ts";

let harness: GraphqlHarness;
beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures);
});
afterAll(() => harness.dispose());

const post = (body: object, headers: Record<string, string> = {}) =>
  harness.yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });

async function scrape(): Promise<string> {
  const response = await harness.yoga.fetch("http://yoga/metrics");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of the sample `name{labels}` in a Prometheus text exposition, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const lines = text.split("\n").filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
  const line = lines.find((candidate) => Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`)));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("GET /metrics", () => {
  it("counts requests, durations and errors per operation", async () => {
    await post({ query: "query CountryCount { countries { totalCount } }" });
    await post({ query: "query CountryCount { countries { totalCount } }" });
    await post({ query: "query Missing { person(name: 3) { name } }" });

    const metrics = await scrape();
    expect(metrics).toContain("# TYPE graphql_envelop_request_duration histogram");
    expect(sample(metrics, "graphql_envelop_request", { operationName: "CountryCount" })).toBe(2);
    expect(sample(metrics, "graphql_envelop_request_duration_count", { operationName: "CountryCount" })).toBe(2);
    expect(sample(metrics, "graphql_envelop_error_result", { operationName: "Missing", phase: "validate" })).toBe(1);
    expect(sample(metrics, "graphql_yoga_http_duration_count", { operationName: "CountryCount", statusCode: "200" })).toBe(2);
    // One series per operation, not per URL: a GET's query string would make a series of each query.
    expect(metrics).not.toMatch(/url="/);
  });

  it("shows the database pool in use", async () => {
    await post({ query: "{ countries { totalCount } }" });

    const metrics = await scrape();
    expect(sample(metrics, "newsgraph_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/newsgraph_db_pool_connections\{state="idle"\} \d+/);
    expect(metrics).toMatch(/newsgraph_db_pool_connections\{state="waiting"\} 0/);
  });

  it("counts ingested articles by outcome and times their extraction", async () => {
    const ingest = { query: "mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }", variables: { input: railTalks } };
    const before = await scrape();
    await post(ingest, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    await post(ingest, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    await post({ ...ingest, variables: { input: { ...railTalks, text: " " } } }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });

    const after = await scrape();
    const grew = (name: string, labels?: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(grew("newsgraph_articles_ingested_total", { outcome: "created" })).toBe(1);
    expect(grew("newsgraph_articles_ingested_total", { outcome: "unchanged" })).toBe(1);
    expect(grew("newsgraph_articles_ingested_total", { outcome: "failed" })).toBe(1);
    expect(grew("newsgraph_extraction_duration_seconds_count")).toBe(1);
    expect(sample(after, "newsgraph_extraction_duration_seconds_sum")).toBeGreaterThan(0);
  });
});
