import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client.ts";
import type { StatementEvents } from "../graphql/statement-events.ts";

export interface Context {
  db: Db;
  /**
   * Whether the request may write: it carried `Authorization: Bearer <token>`
   * with the configured write token. Always false when no token is configured.
   */
  canWrite: boolean;
  /** The server's one channel of new statements: mutations publish, subscriptions listen. */
  statementEvents: StatementEvents;
}

export interface ContextOptions {
  db: Db;
  statementEvents: StatementEvents;
  /** The configured write token; undefined makes the API read-only. */
  writeToken?: string;
  /** The request's `Authorization` header, if any. */
  authorization?: string | null;
}

/** A request's context. Create one per request: Pothos caches loaded nodes on it. */
export function createContext({ db, statementEvents, writeToken, authorization }: ContextOptions): Context {
  return { db, statementEvents, canWrite: writeToken !== undefined && bearerMatches(authorization, writeToken) };
}

function bearerMatches(authorization: string | null | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (presented === undefined) return false;
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
