import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { globalId, singleDatabase, TEST_WRITE_TOKEN } from "../helpers/graphql.ts";
import { defenceTalks, gridPledge, railTalks } from "../helpers/live-articles.ts";

const ingest = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }
`;
const statementAdded = /* GraphQL */ `
  subscription ($speaker: ID, $country: String) {
    statementAdded(speaker: $speaker, country: $country) { text speaker { name } article { title } }
  }
`;

/** What a subscriber sees of one statement: [article title, speaker, quote]. */
type Heard = [string, string, string];
const rail = {
  scholzTrains: [railTalks.title, "Olaf Scholz", "Faster trains will bring our cities closer than any treaty could"],
  tusk: [railTalks.title, "Donald Tusk", "We want a passenger to cross from Berlin to Warsaw in under four hours"],
  scholzMoney: [railTalks.title, "Olaf Scholz", "The money for the first section is already set aside"],
} satisfies Record<string, Heard>;
const grid = {
  macron: [gridPledge.title, "Emmanuel Macron", "Our power lines should ignore the borders on the map"],
  scholz: [gridPledge.title, "Olaf Scholz", "A shared grid means cheaper electricity for every household"],
  tusk: [gridPledge.title, "Donald Tusk", "Poland will build its part of the network by 2030"],
} satisfies Record<string, Heard>;

// Subscribed after the defence talks stored Scholz and Macron; then the rail talks are ingested,
// ingested again (unchanged: nothing may be announced) and the grid pledge closes the run. A
// subscriber's first statements therefore also show what it did not receive before them.
const subscriptions: [string, { speaker?: "scholz" | "macron"; country?: string }, Heard[]][] = [
  // every statement, in reading order, each article once
  ["everyone", {}, [rail.scholzTrains, rail.tusk, rail.scholzMoney, grid.macron, grid.scholz, grid.tusk]],
  // one person's statements and nobody else's
  ["Olaf Scholz", { speaker: "scholz" }, [rail.scholzTrains, rail.scholzMoney, grid.scholz]],
  // a person the rail talks do not quote hears nothing of them
  ["Emmanuel Macron", { speaker: "macron" }, [grid.macron]],
  // a speaker's country, any case, including a speaker first stored after subscribing
  ["country pl", { country: "pl" }, [rail.tusk, grid.tusk]],
  ["country FR", { country: "FR" }, [grid.macron]],
  // both filters at once
  ["Olaf Scholz in DE", { speaker: "scholz", country: "de" }, [rail.scholzTrains, rail.scholzMoney, grid.scholz]],
];

interface Subscriber {
  /** Resolves with the first `count` statements this subscriber was sent. */
  first(count: number): Promise<Heard[]>;
  close(): void;
}

let testDb: TestDb;
let server: Server;
let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;
let endpoint: string;
const subscribers = new Map<string, Subscriber>();

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function subscriptionUrl(variables: Record<string, unknown>): string {
  return `${endpoint}?${new URLSearchParams({ query: statementAdded, variables: JSON.stringify(variables) })}`;
}

/** Opens a server-sent event stream of `statementAdded`; resolves once the server has accepted it. */
function subscribe(variables: Record<string, unknown>): Promise<Subscriber> {
  const source = new EventSource(subscriptionUrl(variables));
  const heard: Heard[] = [];
  const waiting: (() => void)[] = [];
  source.addEventListener("next", (event) => {
    const { data, errors } = JSON.parse(event.data);
    if (errors) throw new Error(`The subscription failed: ${JSON.stringify(errors)}`);
    const { article, speaker, text } = data.statementAdded;
    heard.push([article.title, speaker.name, text]);
    waiting.splice(0).forEach((wake) => wake());
  });
  // The server ends a stream only on error; without this, EventSource would reconnect.
  source.addEventListener("complete", () => source.close());
  const subscriber: Subscriber = {
    async first(count) {
      while (heard.length < count) await new Promise<void>((wake) => waiting.push(wake));
      return heard.slice(0, count);
    },
    close: () => source.close(),
  };
  return new Promise((resolve, reject) => {
    source.onopen = () => resolve(subscriber);
    source.onerror = (error) => reject(error);
  });
}

beforeAll(async () => {
  testDb = await createTestDb();
  yoga = await createNewsgraphYoga({ database: singleDatabase(testDb.db, testDb.url), logging: false, writeToken: TEST_WRITE_TOKEN });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  await post(ingest, { input: defenceTalks });
  const { data } = await post(/* GraphQL */ `{
    scholz: person(name: "Olaf Scholz") { id }
    macron: person(name: "Emmanuel Macron") { id }
  }`);
  for (const [name, { speaker, country }] of subscriptions) {
    subscribers.set(name, await subscribe({ speaker: speaker && data[speaker].id, country }));
  }

  const results = [];
  for (const input of [railTalks, railTalks, gridPledge]) results.push(await post(ingest, { input }));
  expect(results.map((result) => result.data.ingestArticle.created)).toEqual([true, false, true]);
});

afterAll(async () => {
  for (const subscriber of subscribers.values()) subscriber.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await yoga?.dispose();
  await testDb?.dispose();
});

describe("statementAdded over server-sent events", () => {
  it.each(subscriptions)("sends a subscriber to %s each new statement that matches, once", async (name, _filter, expected) => {
    expect(await subscribers.get(name)!.first(expected.length)).toEqual(expected);
  });

  it.each([
    ["a speaker id that is not a global ID", { speaker: "not-an-id" }, "Invalid global ID: not-an-id"],
    ["an article's id as the speaker", { speaker: globalId("Article", 1) }, `ID: ${globalId("Article", 1)} is not of type: Person`],
    ["a person id with no person", { speaker: globalId("Person", 9999) }, "No person has the id given as `speaker`."],
    ["a person id that is not a number", { speaker: globalId("Person", "x") }, 'Not a valid Person id: "x".'],
    ["a country name instead of a code", { country: "Poland" }, '`country` must be an ISO 3166-1 alpha-2 code such as "cn"; got "Poland".'],
  ])("refuses %s with a clear error and ends the stream", async (_case, variables, message) => {
    const response = await fetch(subscriptionUrl(variables), { headers: { accept: "text/event-stream" } });
    const events = (await response.text()).split("\n\n").filter((event) => event.startsWith("event:"));

    expect(events).toEqual([expect.stringMatching(/^event: next\ndata: /), "event: complete\ndata:"]);
    const { errors } = JSON.parse(events[0]!.slice("event: next\ndata: ".length));
    expect(errors.map((error: { message: string }) => error.message)).toEqual([message]);
  });
});
