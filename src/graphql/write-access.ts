import { GraphQLError } from "graphql";
import type { Context } from "../server/context.ts";

/**
 * Call first in every mutation resolver. Refuses the request (HTTP 401) unless
 * it carried the configured write token, so that nothing is read or written
 * on its behalf.
 */
export function requireWriteAccess(ctx: Context): void {
  if (ctx.canWrite) return;
  throw new GraphQLError(
    "Writing needs `Authorization: Bearer <token>` with the server's NEWSGRAPH_WRITE_TOKEN; without that token configured, the API is read-only.",
    { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } },
  );
}
