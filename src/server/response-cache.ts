import { type Cache, createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

// What is stored changes through notifications and mutations, which empty the cache; the time to
// live only bounds how long a change that announces nothing (SQL typed by hand) can go unseen.
const maxAgeMs = 5 * 60_000;

export interface ReaderCache {
  /** The plugins: answers to anonymous queries cached; mutations empty the cache once they end. */
  plugins: Plugin[];
  /** Forgets every cached answer: stored facts changed. */
  clear(): void;
}

/**
 * One in-memory cache of query answers shared by every anonymous reader (the data is public).
 * Requests carrying `Authorization` (writers) are neither served from it nor stored in it.
 * Any change may touch any answer (a new statement joins a person's list, a merge moves many),
 * so a change empties the whole cache rather than guessing which answers it reached.
 */
export function createReaderCache(): ReaderCache {
  let cache = createInMemoryCache();
  const current: Cache = {
    get: (key) => cache.get(key),
    set: (...args) => cache.set(...args),
    invalidate: (entities) => cache.invalidate(entities),
  };
  const clear = () => {
    cache = createInMemoryCache();
  };
  const clearAfterMutations: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      return { onExecuteDone: clear };
    },
  };
  return {
    clear,
    plugins: [
      useResponseCache({
        cache: current,
        session: () => null,
        enabled: (request) => !request.headers.has("authorization"),
        ttl: maxAgeMs,
      }),
      clearAfterMutations,
    ],
  };
}
