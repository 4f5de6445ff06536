import { background, claims, type BenchPerson, people, quotes, topics, weekdays } from "./corpus-data.ts";

export interface BenchArticle {
  title: string;
  text: string;
  publishedAt: string;
  url: string;
}

type Random = () => number;

// mulberry32: a seeded PRNG small enough to inline; Math.random cannot be seeded, and the corpus must
// be the same on every machine so that runs compare.
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const surname = (person: BenchPerson) => person.name.split(" ").at(-1)!;
const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function pickDistinct<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, list));
  return [...chosen];
}

/** The paragraphs an article's body is drawn from, in any order and number; each picks its own words. */
function bodyParagraphs(random: Random, host: BenchPerson, guest: BenchPerson, third: BenchPerson, topic: string) {
  const speaker = () => pick(random, [host, guest]);
  return [
    () => `“${pick(random, quotes)},” ${surname(speaker())} said.`,
    () => `“${pick(random, quotes)},” ${surname(speaker())} told reporters after the meeting.`,
    () => `${surname(speaker())} said ${pick(random, claims)}.`,
    () => {
      const [first, second] = pickDistinct(random, claims, 2);
      return `${capitalise(speaker().pronoun)} also said ${first}, and added that ${second}.`;
    },
    () => `${surname(third)} said ${pick(random, claims)}.`,
    () => pick(random, background).replace("{topic}", topic),
  ];
}

function article(random: Random, index: number): BenchArticle {
  // The host, the guest, and someone else the host talks to.
  const [host, guest, third] = pickDistinct(random, people, 3) as [BenchPerson, BenchPerson, BenchPerson];
  const topic = pick(random, topics);
  const day = pick(random, weekdays);
  const published = new Date(Date.UTC(2023, 0, 2) + Math.floor(random() * 700) * 86_400_000);
  const title = `${surname(host)} and ${surname(guest)} discuss ${topic} in ${host.capital}`;
  const paragraphs = [
    `${host.adjective} ${host.office} ${host.name} met ${guest.adjective} ${guest.office} ${guest.name} in ${host.capital} on ${day} for talks on ${topic}.`,
    `“${pick(random, quotes)},” ${surname(host)} said at a joint news conference.`,
    `${third.office} ${third.name} of ${third.country} held a phone call with ${surname(host)} on ${pick(random, weekdays)} about ${topic}.`,
  ];
  if (random() < 0.5) {
    paragraphs.push(`${guest.name} visited ${host.capital} last week, the first trip by a ${guest.adjective} leader to ${host.country} in ${2 + Math.floor(random() * 9)} years.`);
  }
  const body = bodyParagraphs(random, host, guest, third, topic);
  // 2–6 KB, as news articles are: paragraphs are added until the next one would pass the target.
  // A repeated paragraph is skipped and another drawn; the bound only guards against an exhausted pool.
  const target = 2_000 + Math.floor(random() * 4_000);
  for (let draws = 0, length = paragraphs.join("\n\n").length; draws < 500; draws++) {
    const next = pick(random, body)();
    if (paragraphs.includes(next)) continue;
    if (length + next.length + 2 > target) break;
    paragraphs.push(next);
    length += next.length + 2;
  }
  return {
    title,
    text: `${paragraphs.join("\n\n")}\n`,
    publishedAt: published.toISOString().slice(0, 10),
    url: `https://bench.newsgraph.example/${index + 1}/${slug(title)}`,
  };
}

/** `count` invented news articles; the same seed always gives the same articles. */
export function generateCorpus(count: number, seed: number): BenchArticle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => article(random, index));
}

/** The corpus as JSON lines, the format `newsgraph ingest` reads. */
export function toJsonLines(articles: readonly BenchArticle[]): string {
  return articles.map((entry) => `${JSON.stringify(entry)}\n`).join("");
}
