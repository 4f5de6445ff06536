import { getOperationAST, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { createInMemoryAPQStore, useAPQ } from "@graphql-yoga/plugin-apq";
import { createGraphQLError, createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Database } from "../db/database.ts";
import { listenForStoredArticles } from "../db/notifications.ts";
import { schema } from "../graphql/index.ts";
import { StatementEvents, statementsOn } from "../graphql/statement-events.ts";
import { createLogger, type Logger, silentLogger } from "../observability/logger.ts";
import { type Context, createContext } from "./context.ts";
import { useMetrics } from "./metrics.ts";
import { useRequestLog } from "./request-log.ts";
import { createReaderCache } from "./response-cache.ts";

/** Deep enough for introspection and for person → statements → event → participants → …; not for abuse. */
export const MAX_QUERY_DEPTH = 20;

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
}

/**
 * The GraphQL server as a fetch handler: GraphQL, GraphiQL and subscriptions (server-sent events)
 * on /graphql, `GET /health`. Queries read from `database.reader()`; mutations and subscriptions
 * use the primary. It listens for articles stored by any process until `yoga.dispose()`.
 * It does not listen on a port; pass it to `http.createServer` (or call `yoga.fetch` in tests).
 */
export async function createNewsgraphYoga({ database, logging = true, responseCache = false, writeToken }: NewsgraphYogaOptions) {
  const logger = logging === true ? createLogger() : logging === false ? silentLogger : logging;
  const readerCache = createReaderCache();
  const statementEvents = new StatementEvents(statementsOn(database.primary));
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
  const db = database.primary;
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
      ...(responseCache ? readerCache.plugins : []),
      useReadinessCheck({
        endpoint: "/health",
        check: async ({ fetchAPI }) => {
          try {
            await db.$queryRaw`SELECT 1`;
            return fetchAPI.Response.json({ status: "ok" });
          } catch {
            return fetchAPI.Response.json({ status: "error", reason: "database unreachable" }, { status: 503 });
          }
        },
      }),
      useMaxDepth(MAX_QUERY_DEPTH),
      usePrimaryBeyondQueries(database),
      { onDispose: () => storedArticles.close() },
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

function useMaxDepth(max: number): Plugin {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, context, new Set());
      if (depth > max) {
        context.reportError(
          createGraphQLError(`The query nests ${depth} levels deep; at most ${max} are allowed.`, { nodes: operation }),
        );
      }
    },
  });
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}

function selectionDepth(set: SelectionSetNode, context: ValidationContext, fragments: Set<string>): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, context, fragments) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, context, fragments));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment that spreads itself is reported by graphql's own NoFragmentCycles rule.
      if (fragment && !fragments.has(name)) {
        deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, context, new Set(fragments).add(name)));
      }
    }
  }
  return deepest;
}
