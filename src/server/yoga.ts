import { getOperationAST } from "graphql";
import { createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Database } from "../db/database.ts";
import { listenForStoredArticles } from "../db/notifications.ts";
import { schema } from "../graphql/index.ts";
import { StatementEvents, statementsOn } from "../graphql/statement-events.ts";
import { maskError } from "./client-errors.ts";
import { type Context, createContext } from "./context.ts";
import { type ServerLimits, serverLimits, useRequestDeadline } from "./limits.ts";
import { useOperationLimits } from "./operation-limits.ts";

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
  /** Yoga's logger: false in tests. */
  logging?: boolean;
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
export async function createNewsgraphYoga({ database, logging = true, writeToken, limits = serverLimits() }: NewsgraphYogaOptions) {
  const statementEvents = new StatementEvents(statementsOn(database.primary), limits);
  const storedArticles = listenForStoredArticles(database.url, (articleId) => {
    statementEvents.articleStored(articleId).catch((error: unknown) => {
      console.error(`Could not announce the statements of article ${articleId}: ${String(error)}`);
    });
  });
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
    logging,
    maskedErrors: { maskError },
    graphqlEndpoint: "/graphql",
    graphiql: { title: "Newsgraph", defaultQuery },
    // The stock page loads GraphiQL from a CDN and stays blank offline. This one holds all of GraphiQL
    // (tens of MB in memory once loaded), so it loads when someone first opens the page.
    renderGraphiQL: async (options) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    // Yoga's own liveness probe would answer /health without asking the database.
    healthCheckEndpoint: "/live",
    plugins: [
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
      useRequestDeadline(limits.requestTimeoutMs),
      usePrimaryBeyondQueries(database),
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
