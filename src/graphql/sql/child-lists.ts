import { Prisma } from "../../generated/prisma/client.ts";

// Nested connections (a person's statements, an article's people, …) as hand-written SQL. Prisma's
// nested `take` reads every child of every parent and cuts the page in memory, and its relation
// counts group the whole child table on each request (see ../shared/STACK.md); a page of children
// per parent is one LATERAL subquery with its own ORDER BY … LIMIT, which an index on
// (parent key, sort keys) answers by reading only the rows it returns.

/** The PostgreSQL type of a sort key, for casting cursor values back into SQL. */
export type SortType = "int" | "text" | "timestamp(3)" | "boolean";

export interface SortKey {
  /** The key as a SQL expression over the list's tables: `s."date"`. */
  sql: string;
  direction: "asc" | "desc";
  type: SortType;
  /** Whether the key can be NULL; NULLs sort last in either direction. */
  nullable?: boolean;
}

/**
 * The children of one parent, in a fixed order: a table (or a join table joined to its node
 * table), the column that names the parent, the columns the node and its edge need, and the sort.
 * A list without a parent is a root list: every row of the table (`Query.people`).
 */
export interface ChildList {
  /** Names the list in loader keys and error messages: "Person.statements". */
  name: string;
  /** The FROM clause: `"Statement" s`, or `"PersonMention" m JOIN "Person" p ON p.id = m."personId"`. */
  from: string;
  /** The column holding the parent's key, `s."speakerId"`, and its type; null for a root list. */
  parent: { column: string; type: "int" | "text" } | null;
  /** The node's columns: `s.*`. */
  node: string;
  /** The edge's own values, by name, as SQL expressions: `{ start: 'm."start"' }`. A row carries each as `"@name"`. */
  edge?: Readonly<Record<string, string>>;
  /** The order of the list; it ends on a unique key, so that cursors are exact. */
  order: readonly SortKey[];
}

/** One page of children: which rows (`where`), from where (`after`, `before`), how many, in which direction. */
export interface PageWindow {
  /** Extra conditions, each preceded by AND; Prisma.empty for none. */
  where: Prisma.Sql;
  /** Sort-key values of the row the page starts after / ends before. */
  after?: readonly unknown[];
  before?: readonly unknown[];
  limit: number;
  /** Read from the end (for `last`): the order is reversed, and the caller reverses the rows back. */
  inverted: boolean;
}

/**
 * A row of `pageQuery`: the node's columns, its edge's (`"@start"`, …), the parent's key
 * (`"#parent"`) and the sort-key values (`"#key0"`, …). The row itself serves as the node: the
 * node types read their own columns, and copying each row apart cost more than the query.
 */
export type ChildRow = Record<string, unknown>;

const PARENT = "#parent";
const KEY = "#key";

/** The key a root list's rows are loaded under. */
export const ROOT = 0;

/**
 * What a row's statement reads besides the row: a page of a list, or one row of a table, under the
 * row's own key (`parentColumn`, a column of the row), returned as a JSON column named `column`
 * ("$…") and nested to any depth. Built from the GraphQL selection by ./embedded.ts.
 */
export type Embedded =
  | { kind: "page"; column: string; list: ChildList; parentColumn: string; window: PageWindow; children: readonly Embedded[] }
  | { kind: "row"; column: string; table: string; key: string; columns: string; parentColumn: string; children: readonly Embedded[] };

/**
 * One statement for the pages of all `parents`: unnest the keys, and a LATERAL page under each;
 * each row carries `children` as JSON columns.
 */
export function pageQuery(list: ChildList, parents: readonly (number | string)[], window: PageWindow, children: readonly Embedded[] = []): Prisma.Sql {
  const nested = embeddedColumns(children, "page", 0);
  if (!list.parent) {
    const root = pageSelect(list, window, Prisma.sql`${ROOT}::int`, Prisma.sql`TRUE`);
    return children.length ? Prisma.sql`SELECT page.*${nested} FROM (${root}) page` : root;
  }
  return Prisma.sql`
    SELECT page.*${nested} FROM unnest(${parents}::${Prisma.raw(list.parent.type)}[]) AS parent(key)
    CROSS JOIN LATERAL (${pageSelect(list, window, Prisma.sql`parent.key`, Prisma.sql`${Prisma.raw(list.parent.column)} = ${Prisma.sql`parent.key`}`)}) page`;
}

/** The page of `list` under one parent: `parent` is its key (as an expression), `belongs` the condition on the rows. */
function pageSelect(list: ChildList, window: PageWindow, parent: Prisma.Sql, belongs: Prisma.Sql): Prisma.Sql {
  const keys = list.order.map((key, i) => `${key.sql} AS "${KEY}${i}"`).join(", ");
  const edge = Object.entries(list.edge ?? {}).map(([name, sql]) => `${sql} AS "@${name}"`);
  const columns = [list.node, ...edge, keys].filter(Boolean).join(", ");
  const cursor = Prisma.join(
    [
      window.after ? beyond(list.order, window.after, "after") : Prisma.empty,
      window.before ? beyond(list.order, window.before, "before") : Prisma.empty,
    ],
    " ",
  );
  return Prisma.sql`
      SELECT ${parent} AS ${Prisma.raw(`"${PARENT}"`)}, ${Prisma.raw(columns)}
      FROM ${Prisma.raw(list.from)}
      WHERE ${belongs} ${window.where} ${cursor}
      ORDER BY ${Prisma.raw(orderBy(list.order, window.inverted))}
      LIMIT ${window.limit}`;
}

/**
 * `, (subquery) AS "$…"` for each of `children` of the rows aliased `alias`: a page as a JSON array
 * in the page's order (json_agg's ORDER BY, on the sort keys the rows carry), a row as a JSON
 * object or null. Each level gets an alias of its own, `e1`, `e2`, …, so that a subquery never
 * hides the table aliases of the lists (`p`, `s`, …) it is correlated with.
 */
function embeddedColumns(children: readonly Embedded[], alias: string, depth: number): Prisma.Sql {
  if (children.length === 0) return Prisma.empty;
  const level = `e${depth + 1}`;
  const parts = children.map((child) => {
    const parentKey = Prisma.raw(`${alias}."${child.parentColumn}"`);
    const inner =
      child.kind === "page"
        ? pageSelect(child.list, child.window, parentKey, Prisma.sql`${Prisma.raw(child.list.parent!.column)} = ${parentKey}`)
        : Prisma.sql`SELECT ${Prisma.raw(child.columns)} FROM ${Prisma.raw(`"${child.table}"`)} WHERE ${Prisma.raw(`"${child.key}"`)} = ${parentKey}`;
    const grandchildren = embeddedColumns(child.children, level, depth + 1);
    const rows = child.children.length ? Prisma.sql`SELECT ${Prisma.raw(level)}.*${grandchildren} FROM (${inner}) ${Prisma.raw(level)}` : inner;
    const keys = child.kind === "page" ? child.list.order.map((key, i) => ({ ...key, sql: `${level}."${KEY}${i}"` })) : [];
    const json =
      child.kind === "page"
        ? Prisma.sql`SELECT coalesce(json_agg(${Prisma.raw(level)} ORDER BY ${Prisma.raw(orderBy(keys, child.window.inverted))}), '[]'::json) FROM (${rows}) ${Prisma.raw(level)}`
        : Prisma.sql`SELECT row_to_json(${Prisma.raw(level)}) FROM (${rows}) ${Prisma.raw(level)}`;
    return Prisma.sql`(${json}) AS ${Prisma.raw(`"${child.column}"`)}`;
  });
  return Prisma.sql`, ${Prisma.join(parts, ", ")}`;
}

/** How many children each of `parents` has under `where`: one grouped count, from the parent-key index. */
export function countQuery(list: ChildList, parents: readonly (number | string)[], where: Prisma.Sql): Prisma.Sql {
  if (!list.parent) return Prisma.sql`SELECT ${ROOT}::int AS parent, count(*)::int AS count FROM ${Prisma.raw(list.from)} WHERE TRUE ${where}`;
  const { column, type } = list.parent;
  return Prisma.sql`
    SELECT ${Prisma.raw(column)} AS parent, count(*)::int AS count
    FROM ${Prisma.raw(list.from)}
    WHERE ${Prisma.raw(column)} = ANY(${parents}::${Prisma.raw(type)}[]) ${where}
    GROUP BY 1`;
}

/** The parent's key of a row of `pageQuery`. */
export const parentOf = (row: ChildRow) => row[PARENT] as number | string;

/** The sort-key values of a row of `pageQuery`, for its cursor. */
export const sortKeysOf = (list: ChildList, row: ChildRow) => list.order.map((_, i) => row[`${KEY}${i}`]);

/** The names of the edge's own values of `list`. */
export const edgeColumns = (list: ChildList): string[] => Object.keys(list.edge ?? {});

function orderBy(order: readonly SortKey[], inverted: boolean): string {
  return order
    .map(({ sql, direction, nullable }) => {
      const ascending = (direction === "asc") !== inverted;
      // NULLs last in the list's own order, so first when it is read backwards; a NOT NULL key says
      // nothing, so that its ORDER BY matches a plain index in either direction.
      const nulls = nullable ? (inverted ? " NULLS FIRST" : " NULLS LAST") : "";
      return `${sql} ${ascending ? "ASC" : "DESC"}${nulls}`;
    })
    .join(", ");
}

/**
 * `AND (rows strictly after / before the row whose sort keys are `values`)`, written out key by key,
 * since the directions are mixed (a tuple comparison needs one direction): the first key beyond,
 * or equal on it and the second beyond, and so on.
 */
function beyond(order: readonly SortKey[], values: readonly unknown[], side: "after" | "before"): Prisma.Sql {
  const alternatives: Prisma.Sql[] = order.map((key, i) => {
    const equalBefore = order.slice(0, i).map((earlier, j) => Prisma.sql`${Prisma.raw(earlier.sql)} IS NOT DISTINCT FROM ${value(earlier, values[j])}`);
    return Prisma.join([...equalBefore, strictlyBeyond(key, values[i], side)], " AND ");
  });
  // The first key alone bounds the scan: without it, a deep page would walk the index from the start.
  const [first] = order;
  const bound =
    first && !first.nullable
      ? Prisma.sql`AND ${Prisma.raw(first.sql)} ${Prisma.raw(lessFirst(first, side) ? "<=" : ">=")} ${value(first, values[0])} `
      : Prisma.empty;
  return Prisma.sql`${bound}AND (${Prisma.join(alternatives.map((alternative) => Prisma.sql`(${alternative})`), " OR ")})`;
}

/** Whether the rows beyond `side` have smaller values of `key`: after on a descending key, before on an ascending one. */
function lessFirst(key: SortKey, side: "after" | "before"): boolean {
  return (key.direction === "desc") === (side === "after");
}

function strictlyBeyond(key: SortKey, raw: unknown, side: "after" | "before"): Prisma.Sql {
  const column = Prisma.raw(key.sql);
  // NULLs sort last: after a NULL only NULLs come, which are not strictly beyond it; before a NULL,
  // every value. After a value, the NULLs come too; before it, none.
  if (raw === null) return side === "after" ? Prisma.sql`FALSE` : Prisma.sql`${column} IS NOT NULL`;
  const comparison = Prisma.sql`${column} ${Prisma.raw(lessFirst(key, side) ? "<" : ">")} ${value(key, raw)}`;
  return key.nullable && side === "after" ? Prisma.sql`(${comparison} OR ${column} IS NULL)` : comparison;
}

function value(key: SortKey, raw: unknown): Prisma.Sql {
  return Prisma.sql`${raw}::${Prisma.raw(key.type)}`;
}
