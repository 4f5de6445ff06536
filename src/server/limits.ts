import { createGraphQLError, type Plugin } from "graphql-yoga";
import { type ExecutionResult, getOperationAST } from "graphql";
import { type Env, loadEnv } from "../env.ts";
import type { OperationLimits } from "./operation-limits.ts";

/** What the server lets one request, and all subscribers together, take. */
export interface ServerLimits extends OperationLimits {
  /** How long a query may run before it is aborted. */
  requestTimeoutMs: number;
  /** Subscriptions open at once. */
  maxSubscribers: number;
  /** Events one subscriber may fall behind by before it loses its oldest. */
  subscriberQueue: number;
}

/** The limits configured in `env`; with no argument, the defaults. */
export function serverLimits(env: Env = loadEnv({})): ServerLimits {
  return {
    maxCost: env.NEWSGRAPH_MAX_COST,
    maxDepth: env.NEWSGRAPH_MAX_DEPTH,
    maxAliases: env.NEWSGRAPH_MAX_ALIASES,
    maxTokens: env.NEWSGRAPH_MAX_TOKENS,
    maxDirectives: env.NEWSGRAPH_MAX_DIRECTIVES,
    requestTimeoutMs: env.NEWSGRAPH_REQUEST_TIMEOUT_MS,
    maxSubscribers: env.NEWSGRAPH_MAX_SUBSCRIBERS,
    subscriberQueue: env.NEWSGRAPH_SUBSCRIBER_QUEUE,
  };
}

/**
 * Answers a query still running `timeoutMs` after it started with a REQUEST_TIMEOUT error, at
 * once, and aborts it: graphql-js's executor starts no resolver after that; a compiled query
 * (graphql-jit) runs on, but its answer is dropped. A statement already sent to PostgreSQL is
 * cancelled by the server itself: the read pools carry the same `statement_timeout`
 * (src/db/client.ts). Mutations are left to finish: aborting one would answer "timed out" for
 * an ingest whose transaction goes on to commit. Put it after any plugin that replaces the
 * executor, so that it wraps that one.
 */
export function useRequestDeadline(timeoutMs: number): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      setExecuteFn((executionArgs) => {
        const deadline = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            const error = createGraphQLError(`The query ran longer than the ${timeoutMs} ms a request may take, and was stopped.`, {
              extensions: { code: "REQUEST_TIMEOUT", limit: "requestTimeoutMs", max: timeoutMs },
            });
            deadline.abort(error);
            resolve({ errors: [error] });
          }, timeoutMs);
        });
        // The client's leaving stops the query too. Linked by hand: AbortSignal.any costs more per
        // request than the rest of this wrapper.
        const clientGone = (executionArgs.contextValue as { request?: Request }).request?.signal;
        const leave = () => deadline.abort(clientGone?.reason);
        if (clientGone?.aborted) leave();
        else clientGone?.addEventListener("abort", leave, { once: true });
        const executed = Promise.resolve(executeFn({ ...executionArgs, signal: deadline.signal } as typeof executionArgs));
        return Promise.race([executed, timedOut]).finally(() => {
          clearTimeout(timer);
          clientGone?.removeEventListener("abort", leave);
        });
      });
    },
  };
}
