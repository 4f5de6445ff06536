import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.ts";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness, TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { railTalks } from "../helpers/live-articles.ts";

/** Every line the server's logger writes, parsed; `raw` is the text as written. */
const output = { raw: "", lines: [] as Record<string, unknown>[] };
const sink = new Writable({
  write(chunk, _encoding, done) {
    output.raw += String(chunk);
    output.lines.push(JSON.parse(String(chunk)));
    done();
  },
});

let harness: GraphqlHarness;
beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures, { logging: createLogger(sink), responseCache: true });
});
afterAll(() => harness.dispose());

const requestLines = () => output.lines.filter((line) => line.msg === "request");

describe("request log", () => {
  it("writes one JSON line per request with its id, operation, status, duration and outcome", async () => {
    const response = await harness.post("query CountryCount { countries { totalCount } }", undefined, { "x-request-id": "client-id-42" });

    expect(response.headers.get("x-request-id")).toBe("client-id-42");
    const line = requestLines().find((logged) => logged.requestId === "client-id-42");
    expect(line).toMatchObject({
      level: 30,
      service: "newsgraph",
      method: "POST",
      path: "/graphql",
      operationName: "CountryCount",
      operationType: "query",
      status: 200,
      outcome: "ok",
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
  });

  it("names the operation of an answer served from the cache", async () => {
    await harness.post("query Twice { countries { totalCount } }");
    harness.sql.clear();
    await harness.post("query Twice { countries { totalCount } }", undefined, { "x-request-id": "cached-1" });

    expect(harness.sql.statements).toEqual([]);
    expect(requestLines().find((line) => line.requestId === "cached-1")).toMatchObject({ operationName: "Twice", operationType: "query", outcome: "ok" });
  });

  it.each([
    ["no id", {}],
    // Newlines or quotes in an id could forge log lines; a fresh id replaces it.
    ["an id that is not a plain token", { "x-request-id": 'x"\n{"level":60}' }],
  ])("gives a request with %s an id of its own and answers with it", async (_case, headers: Record<string, string>) => {
    const response = await harness.post("{ countries { totalCount } }", undefined, headers);

    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().some((line) => line.requestId === requestId)).toBe(true);
  });

  it("marks a request whose answer holds errors as an error", async () => {
    const response = await harness.post("query Broken { person(name: 3) { name } }", undefined, { "x-request-id": "broken-1" });

    expect(response.status).toBe(200);
    expect(requestLines().find((line) => line.requestId === "broken-1")).toMatchObject({ outcome: "error", status: 200 });
  });

  it("never writes the write token, whether a write is allowed or refused", async () => {
    const ingest = "mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }";
    const stored = await harness.post(ingest, { input: railTalks }, { authorization: `Bearer ${TEST_WRITE_TOKEN}`, "x-request-id": "write-ok" });
    const refused = await harness.post(ingest, { input: railTalks }, { authorization: `Bearer ${TEST_WRITE_TOKEN}-wrong`, "x-request-id": "write-refused" });

    expect((await stored.json()).data.ingestArticle.created).toBe(true);
    expect(refused.status).toBe(401);
    expect(requestLines().find((line) => line.requestId === "write-ok")).toMatchObject({ operationName: "Ingest", operationType: "mutation", outcome: "ok" });
    expect(requestLines().find((line) => line.requestId === "write-refused")).toMatchObject({ status: 401, outcome: "error" });
    expect(output.raw).not.toContain(TEST_WRITE_TOKEN);
    expect(output.raw.toLowerCase()).not.toContain("bearer");
  });
});
