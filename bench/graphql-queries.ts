// The queries the load benchmark sends, each with a check that its answer is the one expected.

export interface Target {
  /** A person with statements, by name. */
  name: string;
  /** Their country: ISO 3166-1 alpha-2, lower case. */
  country: string;
}

export interface BenchQuery {
  label: string;
  query: string;
  variables: (target: Target) => Record<string, unknown>;
  /** Whether the response's `data` is a real answer, not an empty one. */
  answers: (data: any, target: Target) => boolean;
}

export const benchQueries: readonly BenchQuery[] = [
  {
    label: "person → statements(10) → article/event",
    // The shape of GraphiQL's default query (src/server/yoga.ts).
    query: /* GraphQL */ `
      query StatementsByPerson($name: String!) {
        person(name: $name) {
          name role country { name }
          statements(first: 10) { totalCount edges { node { text kind date article { title publishedAt } event { title } } } }
        }
      }`,
    variables: ({ name }) => ({ name }),
    answers: (data, { name }) => data.person?.name === name && data.person.statements.edges.length > 0,
  },
  {
    label: "people(50) → statements(10) → article/event",
    query: /* GraphQL */ `
      query PeopleAndStatements {
        people(first: 50) { edges { node { name statements(first: 10) { edges { node { text article { title } event { title } } } } } } }
      }`,
    variables: () => ({}),
    answers: (data) => data.people.edges.some((edge: any) => edge.node.statements.edges.length > 0),
  },
  {
    label: "search(name, 20), union fragments",
    query: /* GraphQL */ `
      query Search($words: String!) {
        search(query: $words, first: 20) {
          __typename
          ... on Person { name role }
          ... on Statement { text speaker { name } }
          ... on Article { title publishedAt }
          ... on Event { title date }
        }
      }`,
    variables: ({ name }) => ({ words: name.split(" ").at(-1) }),
    answers: (data, { name }) => data.search.some((hit: any) => hit.__typename === "Person" && hit.name === name),
  },
  {
    label: "statements(country, 20)",
    query: /* GraphQL */ `
      query StatementsByCountry($country: String!) {
        statements(country: $country, first: 20) { edges { node { text date speaker { name } article { title } } } }
      }`,
    variables: ({ country }) => ({ country }),
    answers: (data) => data.statements.edges.length > 0,
  },
];
