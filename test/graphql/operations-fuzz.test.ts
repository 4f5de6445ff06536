import fc from "fast-check";
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLScalarType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type GraphQLNamedType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/index.ts";
import { fuzzParameters, fuzzTimeout } from "../helpers/fuzz.ts";
import { useFixtureWorld } from "../helpers/graphql.ts";

const world = useFixtureWorld();
type Gen = fc.GeneratorValue;

// IDs the fixture world has, and some it does not: global IDs of every type, and garbage.
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const idValue = fc.oneof(
  fc.tuple(fc.constantFrom("Person", "Statement", "Article", "Event", "Country", "Nope"), fc.constantFrom("1", "2", "5", "0", "-1", "99999999999", "x", "CN"))
    .map(([type, id]) => globalId(type, id)),
  fc.string({ maxLength: 20 }),
);
const scalarValues: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(2_147_483_647, -2_147_483_648)),
  Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  String: fc.oneof(fc.constantFrom("xi", "Xi Jinping", "cn", "CN", "de", "putin", "", "a".repeat(300)), fc.string({ maxLength: 30 })),
  Boolean: fc.boolean(),
  ID: idValue,
  Date: fc.oneof(fc.constantFrom("2024-05-16", "2024-02-30", "0000-01-01", "yesterday"), fc.string({ maxLength: 12 })),
};

/** A GraphQL literal of `type`, mostly well-typed, sometimes not, as a client might send. */
function literal(gen: Gen, type: GraphQLInputType, depth = 0): string {
  if (type instanceof GraphQLNonNull) return literal(gen, type.ofType, depth);
  if (type instanceof GraphQLList) {
    const count = gen(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: count }, () => literal(gen, type.ofType, depth + 1)).join(", ")}]`;
  }
  if (type instanceof GraphQLEnumType) return gen(fc.constantFrom, ...type.getValues().map((value) => value.name));
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((field) => field.type instanceof GraphQLNonNull || gen(fc.boolean));
    return `{ ${fields.map((field) => `${field.name}: ${literal(gen, field.type, depth + 1)}`).join(", ")} }`;
  }
  const scalar = type as GraphQLScalarType;
  return JSON.stringify(gen(() => scalarValues[scalar.name] ?? fc.string()));
}

/** Some of `items`, in order; by index: fc.gen compares its arguments, and schema objects are cyclic. */
function someOf<T>(gen: Gen, items: readonly T[], minLength: number, maxLength = items.length): T[] {
  const picked = gen(fc.subarray, items.map((_, index) => index), { minLength, maxLength: Math.min(maxLength, items.length) });
  return picked.map((index) => items[index]!);
}

function argumentsOf(gen: Gen, args: readonly GraphQLArgument[]): string {
  const given = args.filter((arg) => arg.type instanceof GraphQLNonNull || gen(fc.boolean));
  return given.length === 0 ? "" : `(${given.map((arg) => `${arg.name}: ${literal(gen, arg.type)}`).join(", ")})`;
}

/** A selection set on `type`, at most `depth` levels further down. */
function selection(gen: Gen, type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    const picked = someOf(gen, possible, 1);
    return `{ __typename ${picked.map((object) => `... on ${object.name} ${selection(gen, object, depth)}`).join(" ")} }`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (field) => depth > 0 || isLeafType(getNamedType(field.type)),
  );
  if (fields.length === 0) return "{ __typename }";
  const picked = someOf(gen, fields, 1, 4);
  return `{ ${picked.map((field) => fieldSelection(gen, field, depth)).join(" ")} }`;
}

function fieldSelection(gen: Gen, field: GraphQLField<unknown, unknown>, depth: number): string {
  const named = getNamedType(field.type);
  const below = isLeafType(named) ? "" : ` ${selection(gen, named, depth - 1)}`;
  return `${field.name}${argumentsOf(gen, field.args)}${below}`;
}

const queryType = schema.getQueryType()!;
const operation = fc.gen().map((gen) => `query ${selection(gen, queryType, gen(fc.integer, { min: 1, max: 6 }))}`);

// The codes of the errors a client is meant to read; anything else must be yoga's masked error.
const clientErrorCodes = ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "OPERATION_LIMIT", "REQUEST_TIMEOUT"];

describe("random operations generated from the schema", () => {
  it("never get a 5xx, and every error is one a client is meant to read", { timeout: fuzzTimeout }, async () => {
    expect(isObjectType(queryType)).toBe(true);
    await fc.assert(
      fc.asyncProperty(operation, async (query) => {
        const response = await world.harness.post(query);
        expect(response.status).toBeLessThan(500);
        const { errors = [] } = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        for (const error of errors) expect(clientErrorCodes, error.message).toContain(error.extensions?.code);
      }),
      fuzzParameters(150),
    );
  });
});
