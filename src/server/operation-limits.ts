import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { type DocumentNode, getNamedType, getOperationAST, GraphQLError, type GraphQLSchema, isLeafType } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import type { Plugin } from "graphql-yoga";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../graphql/builder.ts";
import { OperationMemo } from "../graphql/operation-memo.ts";

/** What one operation may ask for; each is checked before any resolver runs. */
export interface OperationLimits {
  /** Objects the answer may hold, counted by `operationCost`. */
  maxCost: number;
  /** Nesting of fields; fragments add no level of their own. */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the document (names, punctuation, values): bounds the work of parsing it at all. */
  maxTokens: number;
  maxDirectives: number;
}

/**
 * The limits as yoga plugins: graphql-armor's for the document's shape (tokens while parsing,
 * then depth, aliases and directives during validation), and a cost check once the variables
 * are known, just before execution.
 */
export function useOperationLimits(limits: OperationLimits): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true }),
    maxAliasesPlugin({ n: limits.maxAliases }),
    maxDirectivesPlugin({ n: limits.maxDirectives }),
    useMaxCost(limits.maxCost),
  ];
}

/**
 * graphql-armor's cost-limit is not used: it reads `first` only when written in the query, so
 * `people(first: $n)` with n = 100 would cost as much as one person. graphql-query-complexity
 * evaluates the arguments with the request's variables, hence a hook at execution, not a
 * validation rule (yoga caches validation per document, whatever the variables).
 */
function useMaxCost(maxCost: number): Plugin {
  const refusal = (args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown; operationName?: string | null }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const key = JSON.stringify([args.operationName ?? null, variables]);
    let cost = costs.get(args.document, key);
    if (cost === undefined) {
      // The cost depends on the variables, so they are read here first. The executor would refuse
      // the same ones with the same messages, but without a code: they are the client's mistake.
      const { errors } = getVariableValues(args.schema, operation.variableDefinitions ?? [], variables);
      if (errors) {
        return { errors: errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "BAD_USER_INPUT" } })) };
      }
      cost = operationCost(args.schema, args.document, variables, args.operationName);
      costs.set(args.document, key, cost);
    }
    return cost > maxCost ? { errors: [limitError("cost", maxCost, cost)] } : undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}

// Costs already counted, per document, operation and variables.
const costs = new OperationMemo<number>();

/**
 * What an operation costs: the number of objects its answer may hold. A field that returns an
 * object costs 1 plus what it selects; a scalar costs nothing (it is a column of a row already
 * read). A field that returns a page multiplies its cost by the page's size: a connection's
 * `first` or `last` (20 when neither is given), `search`'s `first`, `nodes`' number of ids. A
 * connection and its edges are wrappers, not rows, and cost nothing themselves, so
 * `people(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } }`
 * costs 100 × (1 + 100 × 1) = 10,100.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables?: unknown, operationName?: string | null): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: (variables ?? {}) as Record<string, unknown>,
      ...(operationName ? { operationName } : {}),
      estimators: [estimateObjects],
    });
  } catch {
    // A document that repeats fragments into more than graphql-query-complexity's 10,000 nodes:
    // too costly to be worth counting.
    return Infinity;
  }
}

function estimateObjects({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return 0;
  const own = /Connection(Edge)?$/.test(type.name) ? 0 : 1;
  return itemsAtMost(args, field.args.some((arg) => arg.name === "first")) * (own + childComplexity);
}

function itemsAtMost(args: Record<string, unknown>, paged: boolean): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if (!paged) return 1;
  const asked = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
  return Math.max(0, asked);
}

function limitError(limit: string, max: number, found: number): GraphQLError {
  const shown = Number.isFinite(found) ? found.toLocaleString("en") : "more than can be counted";
  return new GraphQLError(`The operation's ${limit} is ${shown}; at most ${max.toLocaleString("en")} is allowed.`, {
    extensions: { code: "OPERATION_LIMIT", limit, max, ...(Number.isFinite(found) ? { found } : {}) },
  });
}
