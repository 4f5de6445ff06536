import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { maskError as maskUnexpectedError } from "graphql-yoga";

/**
 * Yoga's error masking, plus a code for the arguments Pothos refuses itself (a cursor it did not
 * make: "Invalid cursor: xi"). Those reach the client as they are but without a code; they are
 * the client's mistake, so they get BAD_USER_INPUT as the schema's own refusals do.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
    });
  }
  return maskUnexpectedError(error, message, isDev);
}
