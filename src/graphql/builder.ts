import SchemaBuilder from "@pothos/core";
import { GraphQLError } from "graphql";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import { getDatamodel } from "../generated/pothos-types.ts";
import type PrismaTypes from "../generated/pothos-types.ts";
import type { Context } from "../server/context.ts";

/** A mistake in the request, shown to the client as it is (yoga masks every other error). */
export class UserInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT" } });
  }
}

/**
 * Runs `step`, showing the client any `Refusal` it throws as a UserInputError (worded by `wording`):
 * those errors say what was wrong with the request. Every other error stays masked.
 */
export async function explainRefusals<T>(
  Refusal: new (message: string) => Error,
  step: () => T | Promise<T>,
  wording = (message: string) => message,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof Refusal) throw new UserInputError(wording(error.message));
    throw error;
  }
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: { Date: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}>({
  plugins: [PrismaPlugin, RelayPlugin, DataloaderPlugin],
  // Nullable only where the data can be missing, so clients need not guard every field.
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
  },
  relay: {
    firstArgOptions: { description: `Page size: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` },
    lastArgOptions: { description: `Page size from the end: at most ${MAX_PAGE_SIZE}.` },
    // An ID naming a type the schema lacks ("Nope:1") would fail deep in Pothos with "Nope has
    // not been implemented", an error without a code: it is the client's mistake, and said so.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      if (!builder.configStore.hasConfig(decoded.typename)) throw new UserInputError(`Invalid global ID: ${globalID}`);
      return decoded;
    },
  },
});

/**
 * Spread into every connection. Pothos clamps an oversized `first` silently; asking for
 * more than a page holds is a client mistake, so it is refused with a message instead.
 */
export const pageSize = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: (args: { first?: number | null; last?: number | null }) => {
    const requested = Math.max(args.first ?? 0, args.last ?? 0);
    if (requested > MAX_PAGE_SIZE) {
      throw new UserInputError(
        `A page holds at most ${MAX_PAGE_SIZE} items; ${requested} were asked for. Page through with \`after\`.`,
      );
    }
    return MAX_PAGE_SIZE;
  },
};

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
