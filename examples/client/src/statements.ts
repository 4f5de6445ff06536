import { Client, fetchExchange } from "@urql/core";
import { graphql } from "./gql/index.ts";
import type { PersonStatementsQuery } from "./gql/graphql.ts";

/** A person, and one page of their statements with the article and event of each. */
export const PersonStatements = graphql(/* GraphQL */ `
  query PersonStatements($name: String!, $first: Int!, $after: String) {
    person(name: $name) {
      name
      role
      country { name }
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            text
            kind
            date
            article { title publishedAt url }
            event { title date }
          }
        }
      }
    }
  }
`);

export type Person = NonNullable<PersonStatementsQuery["person"]>;
export type Statement = Person["statements"]["edges"][number]["node"];

export function createNewsgraphClient(url: string): Client {
  // Each run wants what the server holds now: no client-side cache between pages or runs.
  return new Client({ url, exchanges: [fetchExchange], requestPolicy: "network-only", preferGetMethod: false });
}

/**
 * The person named `name` (as `person(name:)` resolves it: exact name, alias, then closest) and all
 * their statements, fetched `pageSize` at a time by following `endCursor` with `after`.
 * Undefined when no person matches.
 */
export async function fetchPersonStatements(
  client: Client,
  name: string,
  { pageSize = 10 }: { pageSize?: number } = {},
): Promise<{ person: Person; statements: Statement[] } | undefined> {
  const statements: Statement[] = [];
  let after: string | null = null;
  for (;;) {
    const person = await fetchPage(client, name, pageSize, after);
    if (!person) return undefined;
    statements.push(...person.statements.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = person.statements.pageInfo;
    if (!hasNextPage || !endCursor) return { person, statements };
    after = endCursor;
  }
}

async function fetchPage(client: Client, name: string, first: number, after: string | null): Promise<Person | null | undefined> {
  const { data, error } = await client.query(PersonStatements, { name, first, after }).toPromise();
  if (error) throw error;
  return data?.person;
}
