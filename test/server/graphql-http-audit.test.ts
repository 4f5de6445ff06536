import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFixtures } from "../helpers/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

// The server as `newsgraph serve` configures it (response cache and APQ in front of GraphQL).
let harness: GraphqlHarness;
beforeAll(async () => {
  harness = await createGraphqlHarness(insertFixtures, { responseCache: true });
});
afterAll(() => harness.dispose());

const audits = serverAudits({
  url: "http://yoga/graphql",
  fetchFn: (input: string, init?: RequestInit) => harness.yoga.fetch(new Request(input, init)),
});

describe("GraphQL over HTTP (graphql-http's server audit)", () => {
  // Every audit, the recommendations ("SHOULD", "MAY") included, not only the requirements.
  it.each(audits.map((audit) => [audit.name, audit] as const))("%s", async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
  });
});
