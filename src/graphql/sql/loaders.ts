import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Context } from "../../server/context.ts";
import { byParent } from "../keyset.ts";
import { type ChildList, type ChildRow, countQuery, type Embedded, type PageWindow, pageQuery, parentOf } from "./child-lists.ts";
import { embeddedKey, embeddedRow, type RowRead, sqlKey, windowKey } from "./embedded.ts";
import { runSql } from "./run.ts";

type Key = number | string;

/**
 * A request's batched reads. Every parent that asks for the same list with the same window in one
 * tick of the resolver loop shares one SQL statement, so a request runs one statement per nesting
 * level and list, however many parents it has.
 */
export class SqlLoaders {
  private readonly loaders = new Map<string, DataLoader<Key, never>>();

  constructor(private readonly db: Db) {}

  /** The page `window` of `list` under `parent`, its rows carrying `children` (./embedded.ts). */
  page(list: ChildList, window: PageWindow, children: readonly Embedded[], parent: Key): Promise<ChildRow[]> {
    const loader = this.loader(`page ${list.name} ${windowKey(window)} ${embeddedKey(children)}`, async (parents) => {
      const rows = await runSql<ChildRow>(this.db, pageQuery(list, parents, window, children));
      const pages = byParent(rows, parentOf);
      return parents.map((key) => pages.get(key) ?? []);
    });
    return loader.load(parent) as Promise<ChildRow[]>;
  }

  /** How many children of `list` under `where` the parent has. */
  count(list: ChildList, where: Prisma.Sql, parent: Key): Promise<number> {
    const loader = this.loader(`count ${list.name} ${sqlKey(where)}`, async (parents) => {
      const rows = await runSql<{ parent: Key; count: number }>(this.db, countQuery(list, parents, where));
      const counts = new Map(rows.map((row) => [row.parent, row.count]));
      return parents.map((key) => counts.get(key) ?? 0);
    });
    return loader.load(parent) as Promise<number>;
  }

  /** The row of `table` whose `column` is `key`, or null; `columns` as in a SELECT list. */
  row<Row>(table: string, column: string, columns: string, key: Key): Promise<Row | null> {
    const loader = this.loader(`row ${table}.${column} ${columns}`, async (keys) => {
      const type = typeof keys[0] === "number" ? "int" : "text";
      const rows = await runSql<Record<string, unknown>>(
        this.db,
        Prisma.sql`SELECT ${Prisma.raw(columns)} FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${column}"`)} = ANY(${keys}::${Prisma.raw(type)}[])`,
      );
      const byKey = new Map(rows.map((row) => [row[column] as Key, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    return loader.load(key) as Promise<Row | null>;
  }

  /**
   * The row `read` names under `parent`, null for a null key: embedded by the parent's statement (then
   * at once, without a promise), else batched by id.
   */
  rowOf<Row>(parent: object, read: RowRead): Row | null | Promise<Row | null> {
    const row = parent as Record<string, unknown>;
    if (read.column in row) return embeddedRow<Row>(row[read.column]);
    const key = row[read.parentColumn] as Key | null;
    return key === null ? null : this.row<Row>(read.table, read.key, read.columns, key);
  }

  /** All rows of `table` whose `column` is `key`, in `orderBy` order. */
  rows<Row>(table: string, column: string, columns: string, orderBy: string, key: Key): Promise<Row[]> {
    const loader = this.loader(`rows ${table}.${column} ${columns} ${orderBy}`, async (keys) => {
      const type = typeof keys[0] === "number" ? "int" : "text";
      const rows = await runSql<Record<string, unknown>>(
        this.db,
        Prisma.sql`SELECT ${Prisma.raw(`"${column}"`)} AS "#parent", ${Prisma.raw(columns)} FROM ${Prisma.raw(`"${table}"`)}
          WHERE ${Prisma.raw(`"${column}"`)} = ANY(${keys}::${Prisma.raw(type)}[]) ORDER BY ${Prisma.raw(orderBy)}`,
      );
      const byKey = byParent(rows, (row) => row["#parent"] as Key);
      return keys.map((key) => byKey.get(key) ?? []);
    });
    return loader.load(key) as Promise<Row[]>;
  }

  private loader<Value>(key: string, batch: (keys: readonly Key[]) => Promise<Value[]>): DataLoader<Key, Value> {
    let loader = this.loaders.get(key) as DataLoader<Key, Value> | undefined;
    if (!loader) {
      loader = new DataLoader(batch);
      this.loaders.set(key, loader as DataLoader<Key, never>);
    }
    return loader;
  }
}

const perRequest = new WeakMap<Context, SqlLoaders>();

/**
 * The loaders of the request whose context is `ctx`. Made on first use, not with the context, so
 * that they read from the database the request was routed to (mutations move to the primary).
 */
export function sqlLoaders(ctx: Context): SqlLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = new SqlLoaders(ctx.db);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/**
 * A row that a foreign key guarantees (a statement's speaker). Missing only if it was deleted while
 * the request ran; that is an internal error, masked like any other.
 */
export function required<Row>(row: Row | null | Promise<Row | null>): Row | Promise<Row> {
  if (row instanceof Promise) return row.then(required);
  if (row === null) throw new Error("A row that a foreign key names was not found");
  return row;
}
