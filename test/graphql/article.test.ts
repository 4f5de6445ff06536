import { describe, expect, it } from "vitest";
import { globalId, useFixtureWorld, withPersonId } from "../helpers/graphql.ts";

const world = useFixtureWorld();

const titles = (connection: { edges: { node: { title: string } }[] }) => connection.edges.map((edge) => edge.node.title);

describe("article(id:) and article(url:)", () => {
  it("finds an article by its url, with every field", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      article(url: "https://news.example/2024/05/16/xi-putin-beijing") { id title url source publishedAt text }
    }`);
    expect(data.article).toEqual({
      id: globalId("Article", world.ids.articles.a1),
      title: "Xi and Putin hail 'new era' of partnership in Beijing",
      url: "https://news.example/2024/05/16/xi-putin-beijing",
      source: "Reuters",
      publishedAt: "2024-05-16",
      text: expect.stringMatching(/^BEIJING — Chinese President Xi Jinping and Russian President Vladimir Putin held talks/),
    });
  });

  it("finds an article by id; one without url or source has nulls there", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `query ($id: ID) { article(id: $id) { title url source publishedAt } }`, {
      id: globalId("Article", world.ids.articles.a6),
    });
    expect(data.article).toEqual({
      title: "Guterres urges ceasefire talks on Ukraine",
      url: null,
      source: null,
      publishedAt: "2024-06-17",
    });
  });

  it("gives the UTC day of publication, not the local one", async () => {
    // Published 2023-04-14T23:45Z, which is already the 15th east of Greenwich.
    const { data } = await world.harness.query(/* GraphQL */ `{ article(url: "https://news.example/2023/04/14/lula-xi") { publishedAt } }`);
    expect(data.article.publishedAt).toBe("2023-04-14");
  });

  it("gives null for an unknown url", async () => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `{ article(url: "https://news.example/nowhere") { title } }`);
    expect(errors).toBeUndefined();
    expect(data.article).toBeNull();
  });

  it("refuses neither id nor url", async () => {
    const { errors } = await world.harness.query(/* GraphQL */ `{ article { title } }`);
    expect(errors?.map((error) => error.message)).toEqual(["Give exactly one of `id` or `url`."]);
  });
});

describe("Article connections", () => {
  it("lists the people it mentions, title mentions first, then in reading order", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      article(url: "https://news.example/2024/06/16/peace-summit") {
        title text
        people { totalCount edges { span { start end inTitle } confidence extractor node { name } } }
      }
    }`);
    const { title, text, people } = data.article;
    expect(people.totalCount).toBe(2);
    const [zelensky, xi] = people.edges;
    expect(zelensky.node.name).toBe("Volodymyr Zelensky");
    expect(zelensky.span.inTitle).toBe(true);
    expect(title.slice(zelensky.span.start, zelensky.span.end)).toBe("Zelensky");
    expect(xi.node.name).toBe("Xi Jinping");
    expect(xi.span.inTitle).toBe(false);
    expect(text.slice(xi.span.start, xi.span.end)).toBe("Xi Jinping");
    expect([xi.confidence, xi.extractor]).toEqual([0.95, "person.gazetteer"]);
  });

  it("lists the countries it mentions in reading order", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      article(url: "https://news.example/2024/04/26/blinken-xi") {
        countries { totalCount edges { span { inTitle } extractor node { code } } }
      }
    }`);
    // Russia is named in the title; China comes before the United States in the text.
    expect(data.article.countries).toEqual({
      totalCount: 3,
      edges: [
        { span: { inTitle: true }, extractor: "country.gazetteer", node: { code: "RU" } },
        { span: { inTitle: false }, extractor: "country.gazetteer", node: { code: "CN" } },
        { span: { inTitle: false }, extractor: "country.gazetteer", node: { code: "US" } },
      ],
    });
  });

  it("lists the events and statements it reports in reading order", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      article(url: "https://news.example/2024/06/16/peace-summit") {
        text
        events { totalCount edges { span { start end } confidence node { title } } }
        statements { totalCount edges { node { text } } }
      }
    }`);
    const { text, events, statements } = data.article;
    expect(events.totalCount).toBe(2);
    expect(events.edges.map(({ span, node }: { span: { start: number; end: number }; node: { title: string } }) => [
      node.title,
      text.slice(span.start, span.end),
    ])).toEqual([
      ["Summit on Peace in Ukraine", "the Summit on Peace in Ukraine"],
      ["phone call between Xi Jinping and Volodymyr Zelensky", "a phone call with Xi Jinping"],
    ]);
    expect(events.edges[0].confidence).toBe(0.8);
    expect(statements).toEqual({
      totalCount: 1,
      edges: [{ node: { text: "We have brought back to the world the idea of a just peace" } }],
    });
  });

  it("orders an article's statements as they appear in it", async () => {
    const { data } = await world.harness.query(/* GraphQL */ `{
      article(url: "https://news.example/2024/03/28/macron-lula-amazon") { statements { edges { node { speaker { name } } } } }
    }`);
    expect(data.article.statements.edges.map((edge: { node: { speaker: { name: string } } }) => edge.node.speaker.name)).toEqual([
      "Emmanuel Macron",
      "Luiz Inácio Lula da Silva",
    ]);
  });
});

describe("articles", () => {
  const all = [
    "Guterres urges ceasefire talks on Ukraine",
    "Zelensky hails Swiss peace summit",
    "Xi and Putin hail 'new era' of partnership in Beijing",
    "Blinken meets Xi, warns over support for Russia's war",
    "Macron and Lula unveil Amazon plan in Belém",
    "Lula meets Xi in Beijing on state visit",
  ];

  it.each([
    [{}, all], // everything, newest first
    [{ from: "2024-05-16" }, all.slice(0, 3)], // `from` includes its own day
    [{ to: "2024-03-28" }, all.slice(4)], // `to` includes its whole day (published at 08:00)
    [{ from: "2024-04-01", to: "2024-05-31" }, all.slice(2, 4)], // a window
    [{ person: "xi" }, [all[1], all[2], all[3], all[5]]], // articles that mention Xi Jinping
    [{ country: "ua" }, all.slice(0, 2)], // articles that mention Ukraine, any-case code
    [{ country: "CN", from: "2024-01-01" }, all.slice(2, 4)], // filters combine
    [{ person: "guterres", country: "BR" }, []], // nothing matches both
  ])("filters by %j", async (filter: Record<string, string>, expected) => {
    const { data, errors } = await world.harness.query(
      /* GraphQL */ `query ($from: Date, $to: Date, $person: ID, $country: String) {
        articles(from: $from, to: $to, person: $person, country: $country) { totalCount edges { node { title } } }
      }`,
      withPersonId(world.ids, filter, "person"),
    );
    expect(errors).toBeUndefined();
    expect(titles(data.articles)).toEqual(expected);
    expect(data.articles.totalCount).toBe(expected.length);
  });
});

describe("the Date scalar", () => {
  it.each([
    ["2024-02-30"], // no such day
    ["2023-02-29"], // not a leap year
    ["2024-5-16"], // not zero-padded
    ["16/05/2024"], // another format
    ["2024-05-16T00:00:00Z"], // a timestamp, not a day
    [20240516], // a number
  ])("refuses %j with a message that says what a date looks like", async (from) => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `query ($from: Date) { articles(from: $from) { totalCount } }`, { from });
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toBe(
      `Variable "$from" got invalid value ${JSON.stringify(from)}; Expected a date as YYYY-MM-DD, got ${JSON.stringify(from)}.`,
    );
  });

  it("refuses a bad date written into the query", async () => {
    const { errors } = await world.harness.query(/* GraphQL */ `{ articles(to: "2024-13-01") { totalCount } }`);
    expect(errors?.[0]?.message).toBe('Expected a date as YYYY-MM-DD, got "2024-13-01".');
  });

  it("accepts a leap day", async () => {
    const { data, errors } = await world.harness.query(/* GraphQL */ `{ articles(from: "2024-02-29", to: "2024-03-31") { totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data.articles.totalCount).toBe(1);
  });

  it("refuses a range that ends before it starts", async () => {
    const { errors } = await world.harness.query(/* GraphQL */ `{ articles(from: "2024-06-01", to: "2024-01-01") { totalCount } }`);
    expect(errors?.map((error) => error.message)).toEqual(["`from` (2024-06-01) is after `to` (2024-01-01)."]);
  });
});
