import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { getOperationAST, parse } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../observability/logger.ts";

interface RequestState {
  requestId: string;
  started: number;
  /** The request's GraphQL parameters, for an operation that was never executed (a cached answer). */
  params?: { query?: string; operationName?: string };
  operationName?: string;
  operationType?: string;
  errors: number;
}

// A client's own id is kept when it is a plain token: anything else could forge log content.
const acceptableRequestId = /^[\w.:-]{1,128}$/;

/**
 * One JSON log line per HTTP request: its id (the client's `x-request-id` or a new UUID, echoed
 * in the response), method, path, GraphQL operation, status, duration and outcome. Headers,
 * variables and bodies are never logged: they carry the write token and whole articles.
 */
export function useRequestLog(logger: Logger): Plugin {
  const requests = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request }) {
      const given = request.headers.get("x-request-id");
      const requestId = given && acceptableRequestId.test(given) ? given : randomUUID();
      requests.set(request, { requestId, started: performance.now(), errors: 0 });
    },
    onParams({ request, params }) {
      const state = requests.get(request);
      if (state) state.params = params;
    },
    onExecute({ args }) {
      const state = requests.get((args.contextValue as { request: Request }).request);
      const operation = getOperationAST(args.document, args.operationName);
      if (state && operation) {
        state.operationName = operation.name?.value;
        state.operationType = operation.operation;
      }
    },
    onExecutionResult({ request, result }) {
      const state = requests.get(request);
      // A subscription's stream is not counted: its events come after the response.
      if (state && result && !(Symbol.asyncIterator in result)) state.errors += result.errors?.length ?? 0;
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      response.headers.set("x-request-id", state.requestId);
      if (state.operationType === undefined) nameUnexecutedOperation(state);
      const { pathname } = new URL(request.url);
      const outcome = response.status >= 400 || state.errors > 0 ? "error" : "ok";
      logger.info(
        {
          requestId: state.requestId,
          method: request.method,
          path: pathname,
          operationName: state.operationName,
          operationType: state.operationType,
          status: response.status,
          durationMs: Math.round((performance.now() - state.started) * 100) / 100,
          outcome,
          ...(state.errors > 0 && { errors: state.errors }),
        },
        "request",
      );
    },
  };
}

/** The operation of a request answered without execution (from the response cache), parsed here. */
function nameUnexecutedOperation(state: RequestState): void {
  if (!state.params?.query) return;
  try {
    const operation = getOperationAST(parse(state.params.query), state.params.operationName);
    state.operationName = operation?.name?.value;
    state.operationType = operation?.operation;
  } catch {
    // Unparseable: the answer is already an error saying so.
  }
}
