import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fuzzParameters, fuzzTimeout } from "../helpers/fuzz.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";
import { railTalks } from "../helpers/live-articles.ts";
import { countRows } from "../ingest/fixtures.ts";

const ingest = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }
`;

let harness: GraphqlHarness;
beforeAll(async () => {
  harness = await createGraphqlHarness(async () => undefined);
});
afterAll(() => harness.dispose());

// A good article, new each run (its title), that would store rows: each run breaks one or more of its fields.
const good = fc.nat().map((n) => ({ ...railTalks, title: `${railTalks.title} ${n}`, url: `https://example.org/${n}`, source: "Example Wire" }));
const control = fc.integer({ min: 0, max: 31 }).filter((code) => ![9, 10, 13].includes(code)).map((code) => String.fromCharCode(code));
const blank = fc.stringMatching(/^[ \t\n\r]{0,5}$/);
const withControl = fc.tuple(fc.string({ maxLength: 20 }), control, fc.string({ maxLength: 20 })).map((parts) => parts.join(""));
const notADay = fc.oneof(
  fc.constantFrom("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-04-10", "2024/04/10", "10 April 2024", "2024-04-10T00:00:00Z", ""),
  fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
);
const notHttp = fc.oneof(
  fc.constantFrom("ftp://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "example.org/a", "http//example.org", ""),
  fc.string({ maxLength: 20 }).filter((text) => !/^https?:/i.test(text)),
);
// Values of the wrong GraphQL type: refused while the variables are read.
const wrongType = fc.constantFrom<unknown>(42, true, null, [], {}, ["a"]);

const breakages: fc.Arbitrary<Record<string, unknown>>[] = [
  fc.record({ title: fc.oneof(blank, withControl, fc.constant("t".repeat(1_001)), wrongType) }),
  fc.record({ text: fc.oneof(blank, withControl, fc.constant("é".repeat(500_001)), wrongType) }),
  fc.record({ publishedAt: fc.oneof(notADay, wrongType) }),
  fc.record({ url: notHttp }),
  fc.record({ source: fc.oneof(blank, withControl) }),
];
const malformed = fc
  .tuple(good, fc.array(fc.oneof(...breakages), { minLength: 1, maxLength: 3 }))
  .map(([input, changes]) => Object.assign({}, input, ...changes) as Record<string, unknown>);

describe("ingestArticle with malformed input", () => {
  it("always answers BAD_USER_INPUT and writes nothing", { timeout: fuzzTimeout }, async () => {
    const before = await countRows(harness.db);
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const { data, errors } = await harness.write(ingest, { input });
        expect(data?.ingestArticle ?? null).toBeNull();
        // One error per field of the wrong type, or the first problem the ingest's own checks find.
        expect(errors?.length).toBeGreaterThan(0);
        for (const error of errors ?? []) expect(error.extensions?.code, error.message).toBe("BAD_USER_INPUT");
      }),
      fuzzParameters(60),
    );
    expect(await countRows(harness.db)).toEqual(before);
  });
});
