// The one query the side-by-side read benchmark sends to the floor, the naive server and Newsgraph.

export const readQuery = /* GraphQL */ `query PeopleAndStatements($people: Int!, $statements: Int!) {
  people(first: $people) { edges { node { name statements(first: $statements) { edges { node { text article { title } } } } } } }
}`;

/** Page sizes: the first `people` people by name, each with their newest `statements`. */
export interface ReadPage {
  people: number;
  statements: number;
}

/** The POST body of the query. */
export const readRequest = (page: ReadPage): string => JSON.stringify({ query: readQuery, variables: page });
