import type { ArgBuilder, ObjectRef } from "@pothos/core";
import type { PageInfoShape } from "@pothos/plugin-relay";
import { z } from "zod";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize, UserInputError } from "./builder.ts";

// Connections over an order that SQL computes (an aggregate, a union of tables, a page of a list:
// ./sql-connection.ts), which Prisma's cursor connections cannot express. A cursor holds the sort key of the last row shown, and every
// order ends on a unique key: the next page starts right after that row however many rows tie with
// it, and rows added meanwhile do not shift it.

type Types = typeof builder.$inferSchemaTypes;

/** Opaque cursors holding a position of the schema's shape, tagged with `name` so that one connection's cursor is refused by another. */
export interface Keyset<Position> {
  encode(position: Position): string;
  /** The position in `cursor`; anything that is not a cursor of this connection is a BAD_USER_INPUT. */
  decode(cursor: string): Position;
}

export function keyset<Schema extends z.ZodType>(name: string, schema: Schema): Keyset<z.infer<Schema>> {
  const cursor = z.tuple([z.literal(name), schema]);
  return {
    encode: (position) => Buffer.from(JSON.stringify([name, position])).toString("base64url"),
    decode(text) {
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
      } catch {
        json = undefined;
      }
      const parsed = cursor.safeParse(json);
      if (!parsed.success) throw new UserInputError(`Not a cursor of ${name}: ${JSON.stringify(text)}. Use a cursor this list returned.`);
      return parsed.data[1] as z.infer<Schema>;
    },
  };
}

/** A timestamp in a cursor: ISO 8601, or null for an undated row (they sort last). */
export const cursorDate = z.iso.datetime().nullable();

export function forwardPageArgs(arg: ArgBuilder<Types>) {
  return {
    first: arg.int({ description: `Page size: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` }),
    after: arg.string({ description: "The `endCursor` of the previous page." }),
  };
}

export interface PageRequest<Position> {
  first: number;
  after: Position | null;
}

/** `first` and `after` checked as every connection checks them (`pageSize`), the cursor decoded. */
export function pageRequest<Position>(
  args: { first?: number | null; after?: string | null },
  keys: Keyset<Position>,
): PageRequest<Position> {
  pageSize.maxSize(args);
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0) throw new UserInputError(`\`first\` must be 0 or more; ${first} was asked for.`);
  return { first, after: args.after == null ? null : keys.decode(args.after) };
}

export interface Page<Edge> {
  edges: Edge[];
  pageInfo: PageInfoShape;
  totalCount: number;
}

/**
 * One parent's page from its rows in order: at most `first + 1` of them, the extra one only telling
 * that more follow. `totalCount` counts every row of the list, before the cursor.
 */
export function toPage<Row, Edge extends { cursor: string }>(
  rows: readonly Row[],
  request: PageRequest<unknown>,
  totalCount: number,
  toEdge: (row: Row) => Edge,
): Page<Edge> {
  const edges = rows.slice(0, request.first).map(toEdge);
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      // Paging forward, the rows before a cursor are the pages already seen.
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The connection type over `edge`: `edges`, `pageInfo` and `totalCount`, as every connection of the schema has. */
export function pageObject<Edge extends { cursor: string }>(name: string, edge: ObjectRef<Types, Edge>, description: string) {
  return builder.objectRef<Page<Edge>>(name).implement({
    description,
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (page) => page.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (page) => page.pageInfo }),
      totalCount: t.exposeInt("totalCount"),
    }),
  });
}

/** Rows of many parents, each parent's in the order they came. */
export function byParent<Key, Row>(rows: readonly Row[], parentOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = parentOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
