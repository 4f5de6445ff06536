import { z } from "zod";
import { type CountryRelation, countryRelations } from "../../relations/country-relations.ts";
import { builder } from "../builder.ts";
import { forwardPageArgs, keyset, pageObject, pageRequest, toPage } from "../keyset.ts";
import { findCountries } from "../node-rows.ts";
import { CountryNode } from "./country.ts";

const relationCursor = keyset("CountryRelation", z.object({ strength: z.number().int(), code: z.string() }));

const CountryRelationEdge = builder.objectRef<CountryRelation & { cursor: string }>("CountryRelationsConnectionEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.loadable({
      type: CountryNode,
      byPath: true,
      load: (codes: string[], ctx, _args, info) => findCountries(ctx, info, codes),
      sort: (country) => country.code,
      resolve: (edge) => edge.related,
    }),
    events: t.exposeInt("events", { description: "Events where people of both countries took part." }),
    statements: t.exposeInt("statements", { description: "Statements by this country's people that name the other country." }),
  }),
});

const CountryRelationsPage = pageObject(
  "CountryRelationsConnection",
  CountryRelationEdge,
  "Countries related to one country, strongest relation first.",
);

builder.prismaObjectField(CountryNode, "relations", (t) =>
  t.loadable({
    type: CountryRelationsPage,
    byPath: true,
    description:
      "Other countries whose people met this country's people at an event, or that its people spoke about: most events plus statements first, then by code.",
    args: forwardPageArgs(t.arg),
    load: async (countries: string[], ctx, args) => {
      const request = pageRequest(args, relationCursor);
      const { items, totals } = await countryRelations(ctx.db, countries, request.after, request.first + 1);
      return countries.map((country) =>
        toPage(items.get(country) ?? [], request, totals.get(country) ?? 0, (relation) => ({
          ...relation,
          cursor: relationCursor.encode({ strength: relation.events + relation.statements, code: relation.related }),
        })),
      );
    },
    resolve: (country) => country.code,
  }),
);
