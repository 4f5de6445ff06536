import type { FieldMap, FieldRef, InputFieldMap, InputShapeFromFields, ObjectRef } from "@pothos/core";
import {
  getModel,
  prismaConnectionHelpers,
  type PrismaModelTypes,
  type PrismaObjectRef,
  type UniqueFieldsFromWhereUnique,
} from "@pothos/plugin-prisma";
import type PrismaTypes from "../generated/pothos-types.ts";
import type { Context } from "../server/context.ts";
import { builder, pageSize } from "./builder.ts";
import { type ProvenanceRow, provenanceFields } from "./types/span.ts";

type Types = typeof builder.$inferSchemaTypes;

/** The Prisma model a relation of `Model` leads to: Related<Article, "personMentions"> is PersonMention. */
type Related<Model extends PrismaModelTypes, Relation extends keyof Model["Relations"]> =
  PrismaTypes[Model["Relations"][Relation]["Name"] & keyof PrismaTypes];

export interface JoinConnectionOptions<
  Join extends PrismaModelTypes,
  NodeRelation extends keyof Join["Relations"] & string,
  Args extends InputFieldMap,
> {
  /** The join table's relation to the node: "person" on PersonMention. */
  node: NodeRelation;
  /** The node's GraphQL type; it must be a type of the model that `node` leads to. */
  type: PrismaObjectRef<Types, Related<Join, NodeRelation>, object>;
  /** A unique key of the join table, for cursors: "id", or "eventId_personId" on a pure join table. */
  cursor: UniqueFieldsFromWhereUnique<Join["WhereUnique"]>;
  description: string;
  /** The order of the join rows, and so of the nodes; end on a unique column so that pages are stable. */
  orderBy: readonly Join["OrderBy"][];
  /** Arguments besides the connection ones, for `where`. */
  args?: Args;
  /** Which join rows to list, from `args`; it filters the page and `totalCount` alike. */
  where?: (args: InputShapeFromFields<Args>) => Join["Where"];
  /**
   * The least a node row needs, for a node type in select mode (Article): a page asked only for
   * cursors or `totalCount` would otherwise select no column of the node, which Prisma refuses.
   */
  nodeSelection?: { select: Related<Join, NodeRelation>["Select"] };
  /** Edges carry the join row's `span`, `confidence` and `extractor`; only for join tables with those columns. */
  provenance?: Join["Shape"] extends ProvenanceRow ? boolean : never;
}

/**
 * A connection of nodes reached through a join table, such as Article.people through PersonMention:
 * pages of the parent's join rows (`through`) in `orderBy` order, each edge holding the row's node,
 * and a `totalCount` loaded with the parent as a grouped count rather than one query per parent.
 */
export function joinConnection<
  Model extends PrismaModelTypes,
  Shape extends object,
  Through extends Model["ListRelations"],
  NodeRelation extends keyof Related<Model, Through>["Relations"] & string,
  Args extends InputFieldMap = {},
>(
  t: PothosSchemaTypes.PrismaObjectFieldBuilder<Types, Model, Shape>,
  through: Through,
  options: JoinConnectionOptions<Related<Model, Through>, NodeRelation, Args>,
): FieldRef<Types, unknown, "PrismaObject"> {
  const { node, type, cursor, description, orderBy, args, where, nodeSelection, provenance } = options;
  const joinModel = getModel(t.model, builder).fields.find((field) => field.name === through)!.type;

  // The join model is known here only by name, so the helpers see its rows as plain records;
  // the signature of `joinConnection` is what ties `node`, `cursor` and `orderBy` to it.
  const edgeColumns = provenance ? provenanceColumns(joinModel) : {};
  const rows = prismaConnectionHelpers<Types, keyof PrismaTypes, Row, JoinView, Row, Row, unknown>(
    builder,
    joinModel as keyof PrismaTypes,
    {
      cursor,
      ...pageSize,
      select: (nestedSelection) => ({ [node]: nestedSelection(nodeSelection ?? true), ...edgeColumns }),
      resolveNode: (row) => row[node],
    },
  );

  // See `JoinFieldBuilder` for why `t` is seen through it.
  return (t as unknown as JoinFieldBuilder<Through>).connection(
    {
      type,
      description,
      args,
      select: (args, ctx, nestedSelection) => {
        // The same filter for the page and for the count; left out entirely when the field has none.
        const filter = where ? { where: where(args as InputShapeFromFields<Args>) } : undefined;
        return {
          [through]: { ...rows.getQuery(args, ctx, nestedSelection), ...filter, orderBy },
          _count: { select: { [through]: filter ?? true } },
        };
      },
      resolve: (parent, args, ctx) => ({
        ...rows.resolve(parent[through], args, ctx),
        totalCount: parent._count[through],
      }),
    },
    { fields: (t) => ({ totalCount: t.exposeInt("totalCount") }) },
    provenance ? { fields: (t) => provenanceFields(t) } : {},
  );
}

type Row = Record<string, unknown>;

/** A join model as the connection helpers see it here: rows, selections and unique keys as plain records. */
interface JoinView extends PrismaModelTypes {
  Shape: Row;
  Select: Row;
  WhereUnique: Row;
}

type ConnectionArgs = PothosSchemaTypes.DefaultConnectionArguments & Row;
type NestedSelection = <T extends true | {}>(selection?: T, path?: string[]) => T;
type ConnectionFields<Parent> = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>) => FieldMap;

/**
 * `t.connection` as `joinConnection` calls it, with the parent row written out by hand. Pothos types
 * a field's parent from what its `select` returns, which it cannot follow for a relation whose name
 * is a type parameter; the row below is what that `select` loads: the join rows under `through`
 * and their count under `_count`.
 */
interface JoinFieldBuilder<Through extends string> {
  connection(
    field: {
      type: ObjectRef<Types, unknown>;
      description: string;
      args: InputFieldMap | undefined;
      select: (args: ConnectionArgs, ctx: Context, nestedSelection: NestedSelection) => Row;
      resolve: (
        parent: Record<Through, Row[]> & { _count: Record<Through, number> },
        args: ConnectionArgs,
        ctx: Context,
      ) => { totalCount: number };
    },
    connection: { fields: ConnectionFields<{ totalCount: number }> },
    edge: { fields?: ConnectionFields<ProvenanceRow> },
  ): FieldRef<Types, unknown, "PrismaObject">;
}

/** The columns `provenanceFields` reads; `inTitle` only where the join table has it (EventMention has not). */
function provenanceColumns(joinModel: string): Row {
  const columns = ["start", "end", "inTitle", "confidence", "extractor"];
  const present = new Set(getModel(joinModel, builder).fields.map((field) => field.name));
  return Object.fromEntries(columns.filter((column) => present.has(column)).map((column) => [column, true]));
}
