import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/index.ts";
import { createGraphqlHarness, type GraphqlHarness } from "../helpers/graphql.ts";

describe("schema.graphql", () => {
  it("is up to date with the Pothos schema (run `npm run schema:print` after changing types)", () => {
    const committed = readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});

describe("lists", () => {
  let harness: GraphqlHarness;
  beforeAll(async () => {
    harness = await createGraphqlHarness(async () => {});
  });
  afterAll(() => harness.dispose());

  interface TypeRef {
    kind: string;
    name: string | null;
    ofType: TypeRef | null;
  }
  interface IntrospectedType {
    name: string;
    kind: string;
    fields: { name: string; type: TypeRef }[] | null;
  }

  it("are connections with totalCount everywhere except node lookups, aliases, search's ranked top results and activity series", async () => {
    const { data } = await harness.query(/* GraphQL */ `{
      __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name } } } } } }
    }`);
    const types = (data.__schema.types as IntrospectedType[]).filter((type) => type.kind === "OBJECT" && !type.name.startsWith("__"));
    const isList = (type: TypeRef): boolean => type.kind === "LIST" || (type.kind === "NON_NULL" && isList(type.ofType!));
    const lists = types.flatMap((type) => (type.fields ?? []).filter((field) => isList(field.type)).map((field) => `${type.name}.${field.name}`));

    // An activity series is a chart's whole axis, one bucket a month or year between its first and last activity.
    expect(lists.filter((list) => !list.endsWith("Connection.edges"))).toEqual([
      "Country.activity",
      "Person.activity",
      "Person.aliases",
      "Query.nodes",
      "Query.search",
    ]);
    const connections = types.filter((type) => type.name.endsWith("Connection"));
    expect(connections).toHaveLength(24);
    for (const connection of connections) {
      expect(connection.fields?.map((field) => field.name)).toEqual(["edges", "pageInfo", "totalCount"]);
    }
  });
});
