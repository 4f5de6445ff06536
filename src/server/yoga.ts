import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { createGraphQLError, createYoga, type Plugin, useReadinessCheck } from "graphql-yoga";
import type { Db } from "../db/client.ts";
import { schema } from "../graphql/index.ts";
import { StatementEvents } from "../graphql/statement-events.ts";
import { createContext } from "./context.ts";

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
  db: Db;
  /** Yoga's logger: false in tests. */
  logging?: boolean;
  /** The bearer token that mutations require; undefined makes the API read-only. */
  writeToken?: string;
}

/**
 * The GraphQL server as a fetch handler: GraphQL, GraphiQL and subscriptions (server-sent events)
 * on /graphql, `GET /health`.
 * It does not listen; pass it to `http.createServer` (or call `yoga.fetch` in tests).
 */
export function createNewsgraphYoga({ db, logging = true, writeToken }: NewsgraphYogaOptions) {
  const statementEvents = new StatementEvents();
  return createYoga({
    schema,
    context: ({ request }) =>
      createContext({ db, statementEvents, writeToken, authorization: request.headers.get("authorization") }),
    logging,
    graphqlEndpoint: "/graphql",
    graphiql: { title: "Newsgraph", defaultQuery },
    // The stock page loads GraphiQL from a CDN and stays blank offline.
    renderGraphiQL,
    // Yoga's own liveness probe would answer /health without asking the database.
    healthCheckEndpoint: "/live",
    plugins: [
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
    ],
  });
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
