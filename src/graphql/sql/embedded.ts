import { createHash } from "node:crypto";
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { Prisma } from "../../generated/prisma/client.ts";
import { OperationMemo } from "../operation-memo.ts";
import type { ChildList, ChildRow, Embedded, PageWindow } from "./child-lists.ts";

// A level's statement reads the levels below it too. Without this, each level of a nested query
// (people → statements → article) is a statement of its own, and each costs a round trip to
// PostgreSQL: on this machine a statement's system calls weigh more than the rows it reads. Like
// PostGraphile, Newsgraph plans from the selection: a field that declares what it reads (`SqlRead`,
// in its extensions) is read by its parent's statement as a JSON column, and its resolver takes the
// rows from there. Whatever is not embedded (a field without a declaration, arguments the field
// refuses) falls back to the field's own batched statement.

/** What a field reads, declared in its GraphQL extensions under `sql`. */
export type SqlRead =
  | {
      kind: "page";
      list: ChildList;
      /** The parent row's column that the list's `parent` column refers to. */
      parentColumn: string;
      /** The page its arguments ask for; throws on arguments the field refuses. */
      window: (args: Record<string, unknown>) => PageWindow;
    }
  | RowRead;

/** The row of `table` whose `key` is the parent row's `parentColumn` (a foreign key), read as `columns`. */
export interface RowRead {
  kind: "row";
  table: string;
  key: string;
  columns: string;
  parentColumn: string;
  /** The JSON column that holds it when embedded. */
  column: string;
}

/** A field's declaration, for its `extensions`. */
export const sqlRead = (read: SqlRead) => ({ sql: read });

const COLUMN_PREFIX = "$";

const prepared = new OperationMemo<unknown>();

/**
 * What `make` derives from a field's arguments and selection (its page, what it embeds), once per
 * operation and variables rather than for every parent of every request: a field's `fieldNodes`
 * stay the same object from request to request (./operation-memo.ts).
 */
export function perField<Value>(info: GraphQLResolveInfo, make: () => Value): Value {
  return prepared.getOrMake(info.fieldNodes, JSON.stringify(info.variableValues), make) as Value;
}

/** The JSON column that holds a page of `list` in the `window`: the same for the parent's statement and the field. */
export function pageColumn(list: ChildList, window: PageWindow): string {
  return column(["page", list.name, windowKey(window)]);
}

/** A to-one read, with the column that holds it when embedded. */
export function rowRead(read: Omit<RowRead, "kind" | "column">): RowRead {
  return { kind: "row", ...read, column: column(["row", read.table, read.key, read.columns, read.parentColumn]) };
}

/** A key for a page window: equal windows, equal keys. */
export function windowKey({ where, after, before, limit, inverted }: PageWindow): string {
  return JSON.stringify([sqlKey(where), after ?? null, before ?? null, limit, inverted]);
}

export function sqlKey(sql: Prisma.Sql): string {
  return JSON.stringify([sql.strings, sql.values]);
}

/** A signature of `children`, for keys of statements that embed them. */
export function embeddedKey(children: readonly Embedded[]): string {
  return children.map((child) => `${child.column}(${embeddedKey(child.children)})`).join(",");
}

function column(parts: unknown[]): string {
  // An identifier of at most 63 bytes, as PostgreSQL allows.
  return COLUMN_PREFIX + createHash("sha1").update(JSON.stringify(parts)).digest("base64url").slice(0, 24);
}

/**
 * What the rows of the connection being resolved embed: what its nodes select. Fields, aliases,
 * fragments, variables and @skip/@include are read by graphql-parse-resolve-info.
 */
export function embeddedBelow(info: GraphQLResolveInfo): Embedded[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const type = getNamedType(info.returnType);
  return tree && isObjectType(type) ? embeddedInPage(tree, type) : [];
}

/** What the nodes of the connection field `tree` select. */
function embeddedInPage(tree: ResolveTree, connection: GraphQLObjectType): Embedded[] {
  const edge = objectType(connection, "edges");
  const node = edge && objectType(edge, "node");
  if (!edge || !node) return [];
  const fields = selected(tree, connection)
    .filter(({ name }) => name === "edges")
    .flatMap((edges) => selected(edges, edge).filter(({ name }) => name === "node"))
    .flatMap((nodes) => selected(nodes, node));
  return embeddedIn(node, fields);
}

/** The declared fields among `fields` of `type`, merged where two ask for the same rows. */
function embeddedIn(type: GraphQLObjectType, fields: readonly ResolveTree[]): Embedded[] {
  const byColumn = new Map<string, { embedded: Embedded; below: ResolveTree[] }>();
  for (const field of fields) {
    const definition = type.getFields()[field.name];
    const read = definition?.extensions?.sql as SqlRead | undefined;
    if (!definition || !read) continue;
    let embedded: Embedded;
    if (read.kind === "page") {
      let window: PageWindow;
      try {
        window = read.window(field.args as Record<string, unknown>);
      } catch {
        // The field's own resolver refuses these arguments, with the error at its own path.
        continue;
      }
      embedded = { kind: "page", column: pageColumn(read.list, window), list: read.list, parentColumn: read.parentColumn, window, children: [] };
    } else {
      embedded = { ...read, children: [] };
    }
    const entry = byColumn.get(embedded.column) ?? { embedded, below: [] };
    entry.below.push(field);
    byColumn.set(embedded.column, entry);
  }
  return [...byColumn.values()].map(({ embedded, below }) => {
    const target = getNamedType(type.getFields()[below[0]!.name]!.type);
    if (!isObjectType(target)) return embedded;
    const children =
      embedded.kind === "page" ? below.flatMap((tree) => embeddedInPage(tree, target)) : embeddedIn(target, below.flatMap((tree) => selected(tree, target)));
    return { ...embedded, children: dedupe(children) };
  });
}

/** One embedded read per column: the same rows asked for twice (two aliases) are read once. */
function dedupe(children: Embedded[]): Embedded[] {
  return [...new Map(children.map((child) => [child.column, child])).values()];
}

function objectType(type: GraphQLObjectType, field: string): GraphQLObjectType | undefined {
  const named = type.getFields()[field] && getNamedType(type.getFields()[field]!.type);
  return named && isObjectType(named) ? named : undefined;
}

/** The fields `tree` selects on `type`, directly or through fragments on its interfaces. */
function selected(tree: ResolveTree, type: GraphQLObjectType): ResolveTree[] {
  const names = [type.name, ...type.getInterfaces().map(({ name }) => name)];
  return names.flatMap((name) => Object.values(tree.fieldsByTypeName[name] ?? {}));
}

// The timestamp(3) columns of the node tables (prisma/schema.prisma: every DateTime). JSON carries
// them as text without a zone, and they are UTC (Prisma writes them so).
export const TIMESTAMP_COLUMNS = ["date", "publishedAt", "createdAt"] as const;

/** The rows of an embedded page, as the list's own statement returns them: timestamps as Dates. */
export function embeddedPage(list: ChildList, json: unknown): ChildRow[] {
  const rows = json as ChildRow[];
  const keys = list.order.flatMap((key, i) => (key.type === "timestamp(3)" ? [`#key${i}`] : []));
  for (const row of rows) asStored(row, keys);
  return rows;
}

/** An embedded row (or null), timestamps as Dates. */
export function embeddedRow<Row>(json: unknown): Row | null {
  if (json === null) return null;
  return asStored(json as ChildRow, []) as Row;
}

function asStored(row: ChildRow, keys: readonly string[]): ChildRow {
  for (const name of TIMESTAMP_COLUMNS) toDate(row, name);
  for (const name of keys) toDate(row, name);
  return row;
}

function toDate(row: ChildRow, name: string): void {
  const value = row[name];
  // Strings only: a row the resolvers of two aliases share is converted once.
  if (typeof value === "string") row[name] = utcTimestamp(value);
}

// Years from 1000 on: Date.UTC reads years below 100 as 1900 + year; others take the general parser.
const TIMESTAMP_TEXT = /^[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?$/;

/**
 * PostgreSQL's JSON text of a `timestamp(3)`, "2023-03-22T09:30:00" or "…:00.25", as a UTC Date.
 * Read digit by digit: `new Date(text)` parses the general grammar, and slicing the fields apart
 * allocates a string each; either was a tenth of a nested page's time.
 */
function utcTimestamp(text: string): Date {
  if (!TIMESTAMP_TEXT.test(text)) return new Date(`${text}Z`);
  let milliseconds = 0;
  for (let i = 20, scale = 100; i < text.length && scale >= 1; i++, scale /= 10) milliseconds += digit(text, i) * scale;
  return new Date(
    Date.UTC(digits(text, 0, 4), digits(text, 5, 2) - 1, digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), milliseconds),
  );
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + digit(text, i);
  return value;
}

/** Rows a result holds, counting those embedded in its JSON columns: for tests and the benchmark. */
export function rowsWithEmbedded(rows: readonly Record<string, unknown>[]): number {
  let count = rows.length;
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (!name.startsWith(COLUMN_PREFIX) || value === null) continue;
      count += Array.isArray(value) ? rowsWithEmbedded(value) : rowsWithEmbedded([value as Record<string, unknown>]);
    }
  }
  return count;
}
