import { getOperationAST } from "graphql";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { createInMemoryAPQStore, useAPQ } from "@graphql-yoga/plugin-apq";
import { createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Database } from "../db/database.ts";
import { listenForStoredArticles } from "../db/notifications.ts";
import { schema } from "../graphql/index.ts";
import { StatementEvents, statementsOn } from "../graphql/statement-events.ts";
import { createLogger, type Logger, silentLogger } from "../observability/logger.ts";
import { maskError } from "./client-errors.ts";
import { type Context, createContext } from "./context.ts";
import { type ServerLimits, serverLimits, useRequestDeadline } from "./limits.ts";
import { useMetrics } from "./metrics.ts";
import { useOperationLimits } from "./operation-limits.ts";
import { useRequestLog } from "./request-log.ts";
import { createReaderCache } from "./response-cache.ts";

const defaultQuery = /* GraphQL */ `# What did Xi Jinping say, and where was it reported?
query StatementsByPerson {
  person(name: "Xi Jinping") {
    name
    role
    country { name }
    statements(first: 10) {
      totalCount
      edges {
        node {
          text
          kind
          date
          article { title publishedAt }
          event { title }
        }
      }
    }
  }
}

# Whom has he met most, and how often? Add this inside person { … } and run again:
#   relatedPeople(first: 5) {
#     edges { eventsTogether lastEvent { title date } node { name country { name } } }
#   }
# timeline(first: 20) lists his statements and events together, newest first.
`;

export interface NewsgraphYogaOptions {
  database: Database;
  /** Where JSON log lines go: a pino logger, true for stdout (the default), false for nowhere (tests). */
  logging?: boolean | Logger;
  /**
   * Whether anonymous queries' answers are cached (`newsgraph serve` turns it on). Off by default so
   * that tests and benchmarks measure the queries themselves unless they ask for the cache.
   */
  responseCache?: boolean;
  /** The bearer token that mutations require; undefined makes the API read-only. */
  writeToken?: string;
  /** Default: the configuration's defaults (src/env.ts). */
  limits?: ServerLimits;
}

/**
 * The GraphQL server as a fetch handler: GraphQL, GraphiQL and subscriptions (server-sent events)
 * on /graphql, `GET /health`. Queries read from `database.reader()`; mutations and subscriptions
 * use the primary. It listens for articles stored by any process until `yoga.dispose()`.
 * It does not listen on a port; pass it to `http.createServer` (or call `yoga.fetch` in tests).
 */
export async function createNewsgraphYoga({ database, logging = true, responseCache = false, writeToken, limits = serverLimits() }: NewsgraphYogaOptions) {
  const logger = logging === true ? createLogger() : logging === false ? silentLogger : logging;
  const readerCache = createReaderCache();
  const statementEvents = new StatementEvents(statementsOn(database.primary), limits);
  const storedArticles = listenForStoredArticles(
    database.url,
    (articleId) => {
      readerCache.clear();
      statementEvents.articleStored(articleId).catch((error: unknown) => {
        logger.error({ err: error, articleId }, "could not announce the statements of a stored article");
      });
    },
    readerCache.clear,
  );
  // Subscribers must hear of every article stored once the server is up.
  await storedArticles.ready;
  return createYoga({
    schema,
    context: ({ request }) =>
      createContext({
        db: database.reader(),
        statementEvents,
        writeToken,
        authorization: request.headers.get("authorization"),
      }),
    logging: logger.child({ component: "yoga" }),
    maskedErrors: { maskError },
    graphqlEndpoint: "/graphql",
    graphiql: { title: "Newsgraph", defaultQuery },
    // The stock page loads GraphiQL from a CDN and stays blank offline. This one holds all of GraphiQL
    // (tens of MB in memory once loaded), so it loads when someone first opens the page.
    renderGraphiQL: async (options) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    // Yoga's own liveness probe would answer /health without asking the database.
    healthCheckEndpoint: "/live",
    plugins: [
      // First, so that it sees each request whole, and the operation even when the cache answers.
      useRequestLog(logger),
      useMetrics(database.primary),
      // The plugin's default store forgets a query after 36 s, and its client must then send it again.
      useAPQ({ store: createInMemoryAPQStore({ max: 1_000, ttl: 24 * 60 * 60_000 }) }),
      // Queries run compiled: graphql-jit turns each operation, once, into a function that resolves
      // and serialises its fields without graphql-js's per-field interpretation (the larger part of
      // a nested page's cost once its SQL is one statement per level). Compiled operations are
      // cached like parsed ones. Before the response cache and the deadline, which wrap the executor
      // it sets. Mutations and subscriptions keep graphql-js's executor.
      useGraphQlJit({}, { enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation === "query" }),
      ...(responseCache ? readerCache.plugins : []),
      useReadinessCheck({
        endpoint: "/health",
        check: async ({ fetchAPI }) => {
          try {
            // A reader: its pool is the one queries use, not the one ingests may be filling.
            await database.reader().$queryRaw`SELECT 1`;
            return fetchAPI.Response.json({ status: "ok" });
          } catch {
            return fetchAPI.Response.json({ status: "error", reason: "database unreachable" }, { status: 503 });
          }
        },
      }),
      ...useOperationLimits(limits),
      usePrimaryBeyondQueries(database),
      useRequestDeadline(limits.requestTimeoutMs),
      {
        onDispose: async () => {
          statementEvents.close();
          await storedArticles.close();
        },
      },
    ],
  });
}

/**
 * A mutation reads what it has just written, and a subscription what was just committed: both use
 * the primary, which a replica may lag behind. Only queries read from replicas.
 */
function usePrimaryBeyondQueries(database: Database): Plugin<Context> {
  const route = ({ args }: { args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null; contextValue: Context } }) => {
    if (getOperationAST(args.document, args.operationName)?.operation !== "query") args.contextValue.db = database.primary;
  };
  return { onExecute: route, onSubscribe: route };
}
