import { describe, expect, it } from "vitest";
import { useRelationWorld } from "../helpers/relations.ts";

const world = useRelationWorld();

const bucket = (period: string, statements: number, events: number, articles: number) => ({ period, statements, events, articles });

async function activity(query: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await world.harness.query(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

describe("Person.activity", () => {
  const query = /* GraphQL */ `
    query ($name: String, $by: ActivityPeriod!, $from: Date, $to: Date) {
      person(name: $name) { activity(by: $by, from: $from, to: $to) { period statements events articles } }
    }
  `;

  it("counts by year the statements made, events attended and articles naming them", async () => {
    const data = await activity(query, { name: "Xi Jinping", by: "YEAR" });
    // 2023: the Moscow talks and Lula's visit, one statement, article a4; 2024: two talks, two statements,
    // articles a1, a2, a5. The undated call is in no year.
    expect(data.person.activity).toEqual([bucket("2023-01-01", 1, 2, 1), bucket("2024-01-01", 2, 2, 3)]);
  });

  it("counts by month, with the quiet months between as zeros", async () => {
    const data = await activity(query, { name: "Lula", by: "MONTH" });
    expect(data.person.activity).toEqual([
      bucket("2023-04-01", 1, 1, 1),
      ...["05", "06", "07", "08", "09", "10", "11", "12"].map((month) => bucket(`2023-${month}-01`, 0, 0, 0)),
      bucket("2024-01-01", 0, 0, 0),
      bucket("2024-02-01", 0, 0, 0),
      // Said on 26 March at Macron's visit; the article came out on the 28th.
      bucket("2024-03-01", 1, 1, 1),
      bucket("2024-04-01", 0, 0, 0),
      bucket("2024-05-01", 0, 0, 0),
      bucket("2024-06-01", 0, 1, 0), // the peace summit
    ]);
  });

  it("counts only what falls within from and to", async () => {
    const data = await activity(query, { name: "Xi Jinping", by: "MONTH", from: "2024-04-27", to: "2024-06-30" });
    expect(data.person.activity).toEqual([bucket("2024-05-01", 1, 1, 1), bucket("2024-06-01", 0, 0, 1)]);
  });

  it("is empty for a person with nothing dated", async () => {
    const data = await activity(query, { name: "Xi Jinping", by: "YEAR", from: "2030-01-01" });
    expect(data.person.activity).toEqual([]);
  });
});

describe("Country.activity", () => {
  it("counts the statements naming it, the events held there and the articles mentioning it", async () => {
    const data = await activity(/* GraphQL */ `{ country(code: "cn") { activity(by: YEAR) { period statements events articles } } }`);
    expect(data.country.activity).toEqual([bucket("2023-01-01", 2, 1, 1), bucket("2024-01-01", 4, 2, 2)]);
  });

  it("defaults to months", async () => {
    const data = await activity(/* GraphQL */ `{ country(code: "CH") { activity { period statements events articles } } }`);
    expect(data.country.activity).toEqual([bucket("2024-06-01", 0, 1, 1)]);
  });
});
