import type { FieldRef, InputFieldMap, InputShapeFromFields, ObjectRef } from "@pothos/core";
import { parseCursorConnectionArgs } from "@pothos/plugin-relay";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from "./builder.ts";
import { type Keyset, keyset } from "./keyset.ts";
import { type ChildList, type ChildRow, edgeColumns, type PageWindow, ROOT, sortKeysOf, type SortType } from "./sql/child-lists.ts";
import { embeddedBelow, embeddedPage, pageColumn, perField, sqlRead } from "./sql/embedded.ts";
import { sqlLoaders } from "./sql/loaders.ts";
import { type ProvenanceRow, provenanceFields } from "./types/span.ts";

type Types = typeof builder.$inferSchemaTypes;

export interface SqlConnectionOptions<Parent, Args extends InputFieldMap> {
  /** The children, as SQL (./sql/lists.ts). */
  list: ChildList;
  /** The parent row's column that `list.parent` refers to (`"id"`); none for a root list. */
  parentColumn?: keyof Parent & string;
  /** The node's GraphQL type; the list's `node` columns must be all the columns it reads. */
  type: ObjectRef<Types, any>;
  description: string;
  /** Arguments besides the connection ones. */
  args?: Args;
  /** Conditions from `args` on the list's tables; they filter the page and `totalCount` alike. */
  where?: (args: InputShapeFromFields<Args>) => Prisma.Sql[];
  /** Edges carry `span`, `confidence` and `extractor`, from the list's `edge` columns. */
  provenance?: boolean;
}

/**
 * A connection whose pages are read by one LATERAL statement for all parents of a level
 * (./sql/loaders.ts), at most `first + 1` rows each; `totalCount` is counted only when asked.
 * Pages follow Relay's rules as Pothos reads the arguments (parseCursorConnectionArgs): `last`
 * reads the list backwards and turns the rows around.
 */
export function sqlConnection<Parent, Args extends InputFieldMap = {}>(
  t: PothosSchemaTypes.RootFieldBuilder<Types, Parent, "Object" | "Query">,
  options: SqlConnectionOptions<Parent, Args>,
): FieldRef<Types, unknown, "Object" | "Query"> {
  const { list, parentColumn, type, description, args, where, provenance } = options;
  const edge = edgeColumns(list);
  // The page that arguments ask for; throws, as the client's mistake, on a page too large or
  // negative or on a cursor of another list.
  const windowOf = (connectionArgs: Record<string, unknown>) => {
    pageSize.maxSize(connectionArgs);
    const after = typeof connectionArgs.after === "string" ? decodeCursor(list, connectionArgs.after) : undefined;
    const before = typeof connectionArgs.before === "string" ? decodeCursor(list, connectionArgs.before) : undefined;
    const conditions = where?.(connectionArgs as InputShapeFromFields<Args>) ?? [];
    const filter = conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
    const relay = parseCursorConnectionArgs({ args: connectionArgs, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
    const window: PageWindow = { where: filter, after, before, limit: relay.limit, inverted: relay.inverted };
    return { window, relay };
  };
  const connection = t.connection(
    {
      type,
      description,
      args: args as InputFieldMap,
      extensions: parentColumn ? sqlRead({ kind: "page", list, parentColumn, window: (args) => windowOf(args).window }) : {},
      resolve: (parent, connectionArgs, ctx, info) => {
        const loaders = sqlLoaders(ctx);
        const { window, relay, column, children } = perField(info, () => {
          const { window, relay } = windowOf(connectionArgs as Record<string, unknown>);
          return { window, relay, column: pageColumn(list, window), children: embeddedBelow(info) };
        });
        const { expectedSize, inverted, hasNextPage, hasPreviousPage } = relay;
        const row = parent as Record<string, unknown> | undefined;
        const key = parentColumn ? (row![parentColumn] as number | string) : ROOT;
        // Read by the parent's statement when it embedded this page, else by this level's own. Embedded
        // rows are answered synchronously: a promise per page and edge list is a share of a nested page's cost.
        let page: Shown | Promise<Shown> | undefined;
        const shownOf = (fetched: ChildRow[]): Shown => {
          const shown = fetched.slice(0, expectedSize);
          if (inverted) shown.reverse();
          return { fetched: fetched.length, shown };
        };
        const loaded = () =>
          (page ??= row && column in row ? shownOf(embeddedPage(list, row[column])) : loaders.page(list, window, children, key).then(shownOf));
        const then = <T>(use: (page: Shown) => T): T | Promise<T> => {
          const current = loaded();
          return current instanceof Promise ? current.then(use) : use(current);
        };
        const cursorOf = (row: ChildRow) => cursorOfRow(list, row);
        // With no edge, both cursors repeat the one the client gave (as Pothos's own connections do).
        const given = connectionArgs.after ?? connectionArgs.before ?? "";
        return {
          get pageInfo() {
            return then(({ fetched, shown }) => ({
              hasNextPage: hasNextPage(fetched),
              hasPreviousPage: hasPreviousPage(fetched),
              startCursor: shown.length > 0 ? cursorOf(shown[0]!) : given,
              endCursor: shown.length > 0 ? cursorOf(shown.at(-1)!) : given,
            }));
          },
          get edges() {
            return then(({ shown }) => shown.map((row) => new Edge(list, row, edge)));
          },
          totalCount: () => loaders.count(list, window.where, key),
        };
      },
    },
    { fields: (t) => ({ totalCount: t.int({ resolve: (page) => (page as unknown as Page).totalCount() }) }) },
    provenance ? { fields: (t) => provenanceFields(t as unknown as Parameters<typeof provenanceFields<ProvenanceRow>>[0]) } : {},
  );
  return connection as FieldRef<Types, unknown, "Object" | "Query">;
}

const cursorOfRow = (list: ChildList, row: ChildRow) => encodeCursor(list, sortKeysOf(list, row));

/** An edge: the row is its node; the edge's own columns (`"@start"`, …) without the @; a cursor when asked. */
class Edge {
  readonly node: ChildRow;
  [column: string]: unknown;

  constructor(
    private readonly list: ChildList,
    row: ChildRow,
    columns: readonly string[],
  ) {
    this.node = row;
    for (const column of columns) this[column] = row[`@${column}`];
  }

  get cursor(): string {
    return cursorOfRow(this.list, this.node);
  }
}

interface Page {
  totalCount: () => Promise<number>;
}

/** A page as shown: its rows in the client's order, and how many were read (one more tells there are more). */
interface Shown {
  fetched: number;
  shown: ChildRow[];
}

const cursors = new WeakMap<ChildList, Keyset<unknown[]>>();

/** The cursors of `list`: its name and a row's sort-key values, each of its key's type. */
function cursorsOf(list: ChildList): Keyset<unknown[]> {
  let known = cursors.get(list);
  if (!known) {
    const values = list.order.map((key) => (key.nullable ? sortValue[key.type].nullable() : sortValue[key.type]));
    known = keyset(list.name, z.tuple(values as [z.ZodType, ...z.ZodType[]])) as Keyset<unknown[]>;
    cursors.set(list, known);
  }
  return known;
}

const sortValue: Record<SortType, z.ZodType> = {
  int: z.int().min(-(2 ** 31)).max(2 ** 31 - 1),
  text: z.string(),
  boolean: z.boolean(),
  "timestamp(3)": z.iso.datetime(),
};

/** An opaque cursor: the list's name and the row's sort-key values. */
export function encodeCursor(list: ChildList, keys: readonly unknown[]): string {
  return cursorsOf(list).encode(keys.map((key) => (key instanceof Date ? key.toISOString() : key)));
}

/** The sort-key values in a cursor of `list`; a cursor that is not one is the client's mistake. */
export function decodeCursor(list: ChildList, cursor: string): unknown[] {
  return cursorsOf(list).decode(cursor);
}
