import { describe, expect, it } from "vitest";
import { globalId, useFixtureWorld } from "../helpers/graphql.ts";

const world = useFixtureWorld();

const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name);
const texts = (connection: { edges: { node: { text: string } }[] }) => connection.edges.map((edge) => edge.node.text);

describe("person(name:)", () => {
  it.each([
    ["Xi Jinping", "Xi Jinping"], // the canonical name as stored
    ["xi jinping", "Xi Jinping"], // lower case
    ["  XI   JINPING ", "Xi Jinping"], // upper case, stray whitespace
    ["Lula", "Luiz Inácio Lula da Silva"], // an alias
    ["lula da silva", "Luiz Inácio Lula da Silva"], // another alias, lower case
    ["luiz inacio lula da silva", "Luiz Inácio Lula da Silva"], // accents left out
    ["LUIZ INÁCIO LULA DA SILVA", "Luiz Inácio Lula da Silva"], // accents kept, upper case
    ["Antonio Guterres", "António Guterres"], // accent left out of a canonical name
    ["zelenskyy", "Volodymyr Zelensky"], // a spelling variant kept as an alias
    ["Jinping Xi", "Xi Jinping"], // a family name written last, as Western order would: close enough
    ["Zelenskiy", "Volodymyr Zelensky"], // a misspelling no alias holds
    ["Vladimr Puttin", "Vladimir Putin"], // two letters wrong, one in each word
    ["Joe Putin", null], // a known surname, with a given name like none of theirs
    ["Nobody Known", null], // no such person
  ])("finds %j as %j", async (name, expected) => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `query ($name: String) { person(name: $name) { name } }`, { name });
    expect(errors).toBeUndefined();
    expect(data.person?.name ?? null).toBe(expected);
  });
});

describe("person(id:)", () => {
  it("returns the person's fields, aliases in alphabetical order", async () => {
    const { data } = await world.harness.query(
      /* GraphQL */ `query ($id: ID) { person(id: $id) { id name aliases role country { code name } } }`,
      { id: globalId("Person", world.ids.people.xi) },
    );
    expect(data.person).toEqual({
      id: globalId("Person", world.ids.people.xi),
      name: "Xi Jinping",
      aliases: ["President Xi", "Xi"],
      role: "President of China",
      country: { code: "CN", name: "China" },
    });
  });

  it("gives null for a person without a country", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `query ($id: ID) { person(id: $id) { name country { code } } }`, {
      id: globalId("Person", world.ids.people.guterres),
    });
    expect(data.person).toEqual({ name: "António Guterres", country: null });
  });

  it.each([
    [{}, "Give exactly one of `id` or `name`."], // neither
    [{ name: "Xi", id: "UGVyc29uOjE=" }, "Give exactly one of `id` or `name`."], // both
  ])("refuses %j", async (variables, message) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($id: ID, $name: String) { person(id: $id, name: $name) { name } }`,
      variables,
    );
    expect(data.person).toBeNull();
    expect(errors?.map((error) => error.message)).toEqual([message]);
  });

  it("refuses the global id of an article", async () => {
    const { errors } = await world.harness.query(/* GraphQL */ `query ($id: ID) { person(id: $id) { name } }`, {
      id: globalId("Article", world.ids.articles.a1),
    });
    expect(errors?.[0]?.message).toMatch(/Person/);
  });
});

describe("people", () => {
  it("lists everyone by name with a total", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{ people { totalCount edges { node { name } } } }`);
    expect(data.people.totalCount).toBe(7);
    expect(names(data.people)).toEqual([
      "Antony Blinken",
      "António Guterres",
      "Emmanuel Macron",
      "Luiz Inácio Lula da Silva",
      "Vladimir Putin",
      "Volodymyr Zelensky",
      "Xi Jinping",
    ]);
  });

  it.each([
    ["cn", ["Xi Jinping"]], // lower-case code
    ["BR", ["Luiz Inácio Lula da Silva"]], // upper-case code
    ["CI", []], // a country nobody in the data is from
  ])("filters by country %j", async (country, expected) => {
    const { data } = await world.harness.query(
      /* GraphQL */ `query ($country: String) { people(country: $country) { totalCount edges { node { name } } } }`,
      { country },
    );
    expect(names(data.people)).toEqual(expected);
    expect(data.people.totalCount).toBe(expected.length);
  });
});

describe("Person.statements", () => {
  it.each([
    [{}, ["China and Russia will open a new era of partnership", "China and the United States should be partners, not rivals", "China was ready to work with Brazil"]], // all, newest first
    [{ kind: "DIRECT" }, ["China and Russia will open a new era of partnership", "China and the United States should be partners, not rivals"]], // direct quotes only
    [{ kind: "REPORTED" }, ["China was ready to work with Brazil"]], // reported speech only
    [{ from: "2024-04-26" }, ["China and Russia will open a new era of partnership", "China and the United States should be partners, not rivals"]], // `from` is inclusive
    [{ to: "2024-04-26" }, ["China and the United States should be partners, not rivals", "China was ready to work with Brazil"]], // `to` is inclusive
    [{ from: "2024-04-27", to: "2024-05-15" }, []], // a window with nothing in it
  ])("filters Xi Jinping's statements by %j", async (filter, expected) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($kind: StatementKind, $from: Date, $to: Date) {
        person(name: "Xi Jinping") { statements(kind: $kind, from: $from, to: $to) { totalCount edges { node { text } } } }
      }`,
      filter,
    );
    expect(errors).toBeUndefined();
    expect(texts(data.person.statements)).toEqual(expected);
    expect(data.person.statements.totalCount).toBe(expected.length);
  });
});

describe("Person.events", () => {
  it.each([
    [{}, ["talks between Xi Jinping and Vladimir Putin in Beijing", "meeting between Antony Blinken and Xi Jinping in Beijing", "Lula's state visit to China", "phone call between Xi Jinping and Volodymyr Zelensky"]], // newest first, the undated call last
    [{ type: "VISIT" }, ["Lula's state visit to China"]], // one type
    [{ type: "SUMMIT" }, []], // a type he has no event of
  ])("lists Xi Jinping's events with %j", async (filter, expected) => {
    const { data } = await world.harness.query(
      /* GraphQL */ `query ($type: EventType) {
        person(name: "Xi") { events(type: $type) { totalCount edges { node { title } } } }
      }`,
      filter,
    );
    expect(data.person.events.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(expected);
    expect(data.person.events.totalCount).toBe(expected.length);
  });
});

describe("Person.articles", () => {
  it("lists each article that mentions them once, newest first, with where the mention is", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      person(name: "Xi Jinping") {
        articles {
          totalCount
          edges { span { start end inTitle } confidence extractor node { title text publishedAt } }
        }
      }
    }`);
    const { totalCount, edges } = data.person.articles;
    expect(totalCount).toBe(4);
    expect(edges.map((edge: { node: { publishedAt: string } }) => edge.node.publishedAt)).toEqual([
      "2024-06-16",
      "2024-05-16",
      "2024-04-26",
      "2023-04-14",
    ]);
    const [inText, inTitle] = edges;
    expect(inText.span.inTitle).toBe(false);
    expect(inText.node.text.slice(inText.span.start, inText.span.end)).toBe("Xi Jinping");
    expect(inTitle.span).toEqual({ start: 0, end: 2, inTitle: true });
    expect(inTitle.node.title).toBe("Xi and Putin hail 'new era' of partnership in Beijing");
    expect(inTitle.confidence).toBe(0.95);
    expect(inTitle.extractor).toBe("person.gazetteer");
  });
});
