import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Country, Event, Person, Statement } from "../generated/prisma/client.ts";
import type { Context } from "../server/context.ts";

// Rows for the nodes of edges that SQL found by id, for `t.loadable` fields with `byPath`: the nodes
// of every edge at one place in the query come in one findMany, with the selection the query asks of
// them (nested relations included), so clients may select anything on them. `typeName` is for a
// field whose type is a union: it picks the fragments on that member, and a member with no ids on
// the page costs no query.

export const findPeople = (ctx: Context, info: GraphQLResolveInfo, ids: number[]): Promise<Person[]> =>
  ctx.db.person.findMany({ ...queryFromInfo({ context: ctx, info }), where: { id: { in: ids } } });

export const findEvents = async (ctx: Context, info: GraphQLResolveInfo, ids: number[], typeName?: string): Promise<Event[]> =>
  ids.length === 0 ? [] : ctx.db.event.findMany({ ...queryFromInfo({ context: ctx, info, typeName }), where: { id: { in: ids } } });

export const findStatements = async (ctx: Context, info: GraphQLResolveInfo, ids: number[], typeName?: string): Promise<Statement[]> =>
  ids.length === 0 ? [] : ctx.db.statement.findMany({ ...queryFromInfo({ context: ctx, info, typeName }), where: { id: { in: ids } } });

export const findCountries = (ctx: Context, info: GraphQLResolveInfo, codes: string[]): Promise<Country[]> =>
  ctx.db.country.findMany({ ...queryFromInfo({ context: ctx, info }), where: { code: { in: codes } } });
