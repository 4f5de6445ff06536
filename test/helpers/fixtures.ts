import type { Db } from "../../src/db/client.ts";

// A small, hand-checked news world: 8 countries, 7 people (one without a country), 6 articles,
// 10 statements and 6 events (one undated). Tests assert concrete values from it: a change here
// means changing them too.

const countries = [
  { code: "BR", alpha3: "BRA", name: "Brazil", official: "Federative Republic of Brazil", demonym: "Brazilian", capital: "Brasília" },
  { code: "CH", alpha3: "CHE", name: "Switzerland", official: "Swiss Confederation", demonym: "Swiss", capital: "Bern" },
  { code: "CI", alpha3: "CIV", name: "Ivory Coast", official: "Republic of Côte d'Ivoire", demonym: "Ivorian", capital: "Yamoussoukro" },
  { code: "CN", alpha3: "CHN", name: "China", official: "People's Republic of China", demonym: "Chinese", capital: "Beijing" },
  { code: "FR", alpha3: "FRA", name: "France", official: "French Republic", demonym: "French", capital: "Paris" },
  { code: "RU", alpha3: "RUS", name: "Russia", official: "Russian Federation", demonym: "Russian", capital: "Moscow" },
  { code: "UA", alpha3: "UKR", name: "Ukraine", official: "Ukraine", demonym: "Ukrainian", capital: "Kyiv" },
  { code: "US", alpha3: "USA", name: "United States", official: "United States of America", demonym: "American", capital: "Washington D.C." },
];

const people = {
  xi: { name: "Xi Jinping", normalizedName: "xi jinping", role: "President of China", countryCode: "CN", aliases: ["Xi", "President Xi"] },
  putin: { name: "Vladimir Putin", normalizedName: "vladimir putin", role: "President of Russia", countryCode: "RU", aliases: ["Putin"] },
  lula: { name: "Luiz Inácio Lula da Silva", normalizedName: "luiz inacio lula da silva", role: "President of Brazil", countryCode: "BR", aliases: ["Lula", "Lula da Silva"] },
  blinken: { name: "Antony Blinken", normalizedName: "antony blinken", role: "Secretary of State", countryCode: "US", aliases: ["Blinken"] },
  zelensky: { name: "Volodymyr Zelensky", normalizedName: "volodymyr zelensky", role: "President of Ukraine", countryCode: "UA", aliases: ["Zelensky", "Zelenskyy"] },
  macron: { name: "Emmanuel Macron", normalizedName: "emmanuel macron", role: "President of France", countryCode: "FR", aliases: ["Macron"] },
  guterres: { name: "António Guterres", normalizedName: "antonio guterres", role: "UN Secretary-General", countryCode: null, aliases: ["Guterres"] },
};
type PersonKey = keyof typeof people;

const articles = {
  a1: {
    title: "Xi and Putin hail 'new era' of partnership in Beijing",
    url: "https://news.example/2024/05/16/xi-putin-beijing",
    source: "Reuters",
    publishedAt: "2024-05-16T09:30:00Z",
    text: 'BEIJING — Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Beijing on Thursday. "China and Russia will open a new era of partnership," Xi said. Putin said Russia valued China\'s position on Ukraine.',
  },
  a2: {
    title: "Blinken meets Xi, warns over support for Russia's war",
    url: "https://news.example/2024/04/26/blinken-xi",
    source: "AP",
    publishedAt: "2024-04-26T15:00:00Z",
    text: 'BEIJING — U.S. Secretary of State Antony Blinken met Xi Jinping in Beijing on Friday. "China and the United States should be partners, not rivals," Xi told him. Blinken said China\'s support for Russia\'s defence industry threatened European security.',
  },
  a3: {
    title: "Macron and Lula unveil Amazon plan in Belém",
    url: "https://news.example/2024/03/28/macron-lula-amazon",
    source: "AFP",
    publishedAt: "2024-03-28T08:00:00Z",
    text: 'BELÉM — French President Emmanuel Macron, on a visit to Brazil, said on Tuesday: "Brazil and France will invest one billion euros in the Amazon." Luiz Inácio Lula da Silva added: "The Amazon belongs to Brazilians, but its future concerns everyone."',
  },
  a4: {
    title: "Lula meets Xi in Beijing on state visit",
    url: "https://news.example/2023/04/14/lula-xi",
    source: "Reuters",
    publishedAt: "2023-04-14T23:45:00Z",
    text: 'BEIJING — Brazilian President Luiz Inácio Lula da Silva met Xi Jinping during a state visit to China. "Nobody will prevent Brazil from improving its relationship with China," Lula said. Xi said China was ready to work with Brazil.',
  },
  a5: {
    title: "Zelensky hails Swiss peace summit",
    url: "https://news.example/2024/06/16/peace-summit",
    source: "AFP",
    publishedAt: "2024-06-16T18:00:00Z",
    text: 'BÜRGENSTOCK — Volodymyr Zelensky closed the Summit on Peace in Ukraine in Switzerland on Sunday. "We have brought back to the world the idea of a just peace," he said. He also recalled a phone call with Xi Jinping.',
  },
  a6: {
    title: "Guterres urges ceasefire talks on Ukraine",
    url: null,
    source: null,
    publishedAt: "2024-06-17T07:00:00Z",
    text: "NEW YORK — UN Secretary-General António Guterres said after the summit in Switzerland that Ukraine and Russia must return to talks. Volodymyr Zelensky welcomed the call.",
  },
};
type ArticleKey = keyof typeof articles;

const events = {
  e1: { type: "talks", title: "talks between Xi Jinping and Vladimir Putin in Beijing", date: "2024-05-16", place: "Beijing", countryCode: "CN", participants: ["xi", "putin"], mentions: [["a1", "held talks in Beijing"]] },
  e2: { type: "meeting", title: "meeting between Antony Blinken and Xi Jinping in Beijing", date: "2024-04-26", place: "Beijing", countryCode: "CN", participants: ["blinken", "xi"], mentions: [["a2", "met Xi Jinping in Beijing"]] },
  e3: { type: "visit", title: "Emmanuel Macron's visit to Brazil", date: "2024-03-26", place: "Belém", countryCode: "BR", participants: ["macron", "lula"], mentions: [["a3", "a visit to Brazil"]] },
  e4: { type: "visit", title: "Lula's state visit to China", date: "2023-04-14", place: "Beijing", countryCode: "CN", participants: ["lula", "xi"], mentions: [["a4", "a state visit to China"]] },
  e5: { type: "summit", title: "Summit on Peace in Ukraine", date: "2024-06-15", place: "Bürgenstock", countryCode: "CH", participants: ["zelensky"], mentions: [["a5", "the Summit on Peace in Ukraine"], ["a6", "the summit in Switzerland"]] },
  e6: { type: "call", title: "phone call between Xi Jinping and Volodymyr Zelensky", date: null, place: null, countryCode: null, participants: ["xi", "zelensky"], mentions: [["a5", "a phone call with Xi Jinping"]] },
} satisfies Record<string, {
  type: "talks" | "meeting" | "visit" | "trip" | "summit" | "call" | "other";
  title: string;
  date: string | null;
  place: string | null;
  countryCode: string | null;
  participants: PersonKey[];
  mentions: [ArticleKey, string][];
}>;
type EventKey = keyof typeof events;

const statements = {
  s1: { speaker: "xi", article: "a1", event: "e1", kind: "direct", date: "2024-05-16", text: "China and Russia will open a new era of partnership", countries: ["CN", "RU"] },
  s2: { speaker: "putin", article: "a1", event: "e1", kind: "reported", date: "2024-05-16", text: "Russia valued China's position on Ukraine", countries: ["CN", "RU", "UA"] },
  s3: { speaker: "xi", article: "a2", event: "e2", kind: "direct", date: "2024-04-26", text: "China and the United States should be partners, not rivals", countries: ["CN", "US"] },
  s4: { speaker: "blinken", article: "a2", event: "e2", kind: "reported", date: "2024-04-26", text: "China's support for Russia's defence industry threatened European security", countries: ["CN", "RU"] },
  // Said on Tuesday, published on Thursday.
  s5: { speaker: "macron", article: "a3", event: "e3", kind: "direct", date: "2024-03-26", text: "Brazil and France will invest one billion euros in the Amazon.", countries: ["BR", "FR"] },
  s6: { speaker: "lula", article: "a3", event: "e3", kind: "direct", date: "2024-03-26", text: "The Amazon belongs to Brazilians, but its future concerns everyone.", countries: ["BR"] },
  s7: { speaker: "lula", article: "a4", event: "e4", kind: "direct", date: "2023-04-14", text: "Nobody will prevent Brazil from improving its relationship with China", countries: ["BR", "CN"] },
  s8: { speaker: "zelensky", article: "a5", event: "e5", kind: "direct", date: "2024-06-16", text: "We have brought back to the world the idea of a just peace", countries: [] },
  s9: { speaker: "guterres", article: "a6", event: null, kind: "reported", date: "2024-06-17", text: "Ukraine and Russia must return to talks", countries: ["RU", "UA"] },
  s10: { speaker: "xi", article: "a4", event: "e4", kind: "reported", date: "2023-04-14", text: "China was ready to work with Brazil", countries: ["BR", "CN"] },
} satisfies Record<string, {
  speaker: PersonKey;
  article: ArticleKey;
  event: EventKey | null;
  kind: "direct" | "reported";
  date: string;
  text: string;
  countries: string[];
}>;
type StatementKey = keyof typeof statements;

// [person, article, words]: words found in the title count as a title mention.
const personMentions: [PersonKey, ArticleKey, string][] = [
  ["xi", "a1", "Xi"], ["putin", "a1", "Putin"],
  ["blinken", "a2", "Blinken"], ["xi", "a2", "Xi"],
  ["macron", "a3", "Macron"], ["lula", "a3", "Lula"],
  ["lula", "a4", "Lula"], ["xi", "a4", "Xi"],
  ["zelensky", "a5", "Zelensky"], ["xi", "a5", "Xi Jinping"],
  ["guterres", "a6", "Guterres"], ["zelensky", "a6", "Volodymyr Zelensky"],
];

const countryMentions: [string, ArticleKey, string][] = [
  ["CN", "a1", "China"], ["RU", "a1", "Russia"],
  ["RU", "a2", "Russia"], ["US", "a2", "United States"], ["CN", "a2", "China"],
  ["BR", "a3", "Brazil"], ["FR", "a3", "France"],
  ["CN", "a4", "China"], ["BR", "a4", "Brazil"],
  ["CH", "a5", "Swiss"], ["UA", "a5", "Ukraine"],
  ["UA", "a6", "Ukraine"], ["RU", "a6", "Russia"],
];

export interface FixtureIds {
  people: Record<PersonKey, number>;
  articles: Record<ArticleKey, number>;
  events: Record<EventKey, number>;
  statements: Record<StatementKey, number>;
}

/** Where `words` first occur in the title, else in the text. */
function locate(article: { title: string; text: string }, words: string) {
  const inTitle = article.title.includes(words);
  const start = (inTitle ? article.title : article.text).indexOf(words);
  if (start < 0) throw new Error(`Fixture error: "${words}" is not in "${article.title}"`);
  return { start, end: start + words.length, inTitle };
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Inserts the dataset above and returns the database ids of what it created. */
export async function insertFixtures(db: Db): Promise<FixtureIds> {
  await db.country.createMany({ data: countries });
  const ids = { people: {}, articles: {}, events: {}, statements: {} } as FixtureIds;

  for (const [key, { aliases, ...person }] of Object.entries(people) as [PersonKey, (typeof people)[PersonKey]][]) {
    const created = await db.person.create({
      data: {
        ...person,
        aliases: { create: aliases.map((alias) => ({ alias, normalizedAlias: alias.toLowerCase() })) },
      },
    });
    ids.people[key] = created.id;
  }

  for (const [key, article] of Object.entries(articles) as [ArticleKey, (typeof articles)[ArticleKey]][]) {
    const created = await db.article.create({
      data: { ...article, contentHash: `hash-${key}`, publishedAt: new Date(article.publishedAt) },
    });
    ids.articles[key] = created.id;
  }

  for (const [person, article, words] of personMentions) {
    await db.personMention.create({
      data: {
        personId: ids.people[person],
        articleId: ids.articles[article],
        ...locate(articles[article], words),
        count: 1,
        confidence: 0.95,
        extractor: "person.gazetteer",
      },
    });
  }

  for (const [countryCode, article, words] of countryMentions) {
    await db.countryMention.create({
      data: {
        countryCode,
        articleId: ids.articles[article],
        ...locate(articles[article], words),
        count: 1,
        confidence: 0.9,
        extractor: "country.gazetteer",
      },
    });
  }

  for (const [key, { participants, mentions, date, ...event }] of Object.entries(events) as [EventKey, (typeof events)[EventKey]][]) {
    const created = await db.event.create({
      data: {
        ...event,
        date: date ? day(date) : null,
        participants: { create: participants.map((person) => ({ personId: ids.people[person] })) },
        mentions: {
          create: mentions.map(([article, words]) => {
            const { start, end } = locate({ title: "", text: articles[article].text }, words);
            return { articleId: ids.articles[article], start, end, confidence: 0.8, extractor: "event.verb-frame" };
          }),
        },
      },
    });
    ids.events[key] = created.id;
  }

  for (const [key, statement] of Object.entries(statements) as [StatementKey, (typeof statements)[StatementKey]][]) {
    const { start, end } = locate({ title: "", text: articles[statement.article].text }, statement.text);
    const created = await db.statement.create({
      data: {
        kind: statement.kind,
        text: statement.text,
        date: day(statement.date),
        speakerId: ids.people[statement.speaker],
        articleId: ids.articles[statement.article],
        eventId: statement.event ? ids.events[statement.event] : null,
        start,
        end,
        confidence: statement.kind === "direct" ? 0.9 : 0.7,
        extractor: statement.kind === "direct" ? "quote.said-after" : "quote.reported-that",
        mentionedCountries: { create: statement.countries.map((countryCode) => ({ countryCode })) },
      },
    });
    ids.statements[key] = created.id;
  }

  return ids;
}

/**
 * A synthetic crowd for size-dependent tests: `people` speakers of one country, each mentioned in
 * an article of their own and taking part in an event of their own, with `statementsEach`
 * statements in that article at that event.
 */
export async function insertSpeakers(db: Db, { people, statementsEach }: { people: number; statementsEach: number }) {
  await db.country.upsert({ where: { code: "CN" }, create: countries.find(({ code }) => code === "CN")!, update: {} });
  for (let n = 1; n <= people; n++) {
    const name = `Speaker ${String(n).padStart(3, "0")}`;
    const text = `${name} spoke.`;
    const person = await db.person.create({ data: { name, normalizedName: name.toLowerCase(), countryCode: "CN" } });
    const article = await db.article.create({
      data: { title: `${name} speaks`, text, contentHash: `bulk-${n}`, publishedAt: day("2024-01-01") },
    });
    const event = await db.event.create({
      data: {
        type: "meeting",
        title: `${name}'s meeting`,
        date: day("2024-01-01"),
        participants: { create: { personId: person.id } },
        mentions: { create: { articleId: article.id, start: 0, end: text.length, confidence: 0.8, extractor: "event.verb-frame" } },
      },
    });
    await db.personMention.create({
      data: { personId: person.id, articleId: article.id, start: 0, end: name.length, count: 1, confidence: 0.95, extractor: "person.gazetteer" },
    });
    await db.statement.createMany({
      data: Array.from({ length: statementsEach }, (_, i) => ({
        kind: "direct" as const,
        text: `Statement ${i + 1} of ${name}`,
        date: new Date(Date.UTC(2024, 0, 1 + i)), // one a day from 2024-01-01
        speakerId: person.id,
        articleId: article.id,
        eventId: event.id,
        start: 0,
        end: text.length,
        confidence: 0.9,
        extractor: "quote.said-after",
      })),
    });
  }
}
