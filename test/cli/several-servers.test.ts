import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defenceTalks, gridPledge } from "../helpers/live-articles.ts";
import { TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { useTestDbs } from "../helpers/db.ts";
import { postGraphql, type ServingCli, startServing } from "./run-cli.ts";

// Two `newsgraph serve` processes on one database, as behind a load balancer.
const freshDb = useTestDbs();
let servers: ServingCli[] = [];

beforeAll(async () => {
  const env = { DATABASE_URL: (await freshDb({ template: null })).url, NEWSGRAPH_WRITE_TOKEN: TEST_WRITE_TOKEN };
  // One after the other: the first migrates and seeds, the second finds it done.
  servers = [await startServing(env), await startServing(env)];
}, 120_000);

afterAll(async () => {
  for (const server of servers) server.child.kill("SIGTERM");
  await Promise.all(servers.map((server) => server.exited));
});

const ingest = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }
`;
const write = (server: ServingCli, input: object) =>
  postGraphql(server.endpoint, ingest, { input }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
const articleCount = async (server: ServingCli) =>
  (await postGraphql(server.endpoint, "{ articles { totalCount } }")).data.articles.totalCount as number;

describe("several servers on one database", () => {
  it("read through one what was written through the other", async () => {
    const [first, second] = servers as [ServingCli, ServingCli];
    const { data, errors } = await write(first, defenceTalks);
    expect(errors).toBeUndefined();

    const { data: read } = await postGraphql(second.endpoint, "query ($id: ID!) { node(id: $id) { ... on Article { title } } }", {
      id: data.ingestArticle.article.id,
    });

    expect(read.node).toEqual({ title: defenceTalks.title });
  });

  it("store an article sent to both at once once", async () => {
    const before = await articleCount(servers[0]!);

    const answers = await Promise.all(servers.flatMap((server) => [write(server, gridPledge), write(server, gridPledge)]));

    expect(answers.map(({ errors }) => errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(answers.filter(({ data }) => data.ingestArticle.created)).toHaveLength(1);
    expect(new Set(answers.map(({ data }) => data.ingestArticle.article.id)).size).toBe(1);
    expect(await articleCount(servers[1]!)).toBe(before + 1);
  });
});
