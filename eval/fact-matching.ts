// Which predicted facts are right, matched to gold as ../shared/eval/score.mjs matches them (greedy,
// best pairs first): a person by name or alias, a country by code, a statement by speaker and
// words (token F1 ≥ 0.5), an event by type and a shared participant (or place when it has none).
// `npm run eval` reads these to calibrate each rule's confidence and print the reliability table.

interface GoldPerson {
  name: string;
  aliases?: string[];
}
interface Gold {
  people: GoldPerson[];
  countries: string[];
  statements: { speaker: string; text: string }[];
  events: { type: string; participants: string[]; place: string | null; country: string | null; date: string | null }[];
}
interface Scored {
  confidence: number;
  extractor: string;
}
export interface Prediction {
  people: (Scored & { name: string })[];
  countries: string[];
  statements: (Scored & { speaker: string; text: string })[];
  events: (Scored & { type: string; participants: string[]; place: string | null; country: string | null; date: string | null })[];
  /** Countries carry their rule in `countryRules`: the report lists bare codes. */
  countryRules: Scored[];
}

/** One predicted fact, right or wrong. */
export interface Judged {
  kind: "person" | "country" | "statement" | "event";
  extractor: string;
  confidence: number;
  right: boolean;
}

const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
const words = (s: string) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function tokenF1(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) if ((bag.get(t) ?? 0) > 0) (common++, bag.set(t, bag.get(t)! - 1));
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const namesOf = (person: GoldPerson) => new Set([person.name, ...(person.aliases ?? [])].map(norm));
const resolve = (name: string, people: GoldPerson[]) => people.find((g) => norm(g.name) === norm(name)) ?? people.find((g) => namesOf(g).has(norm(name))) ?? null;

/** The indices of the predictions that greedy best-first matching pairs with a gold item. */
function matched<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number, threshold: number): Set<number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = score(g, p);
    if (s >= threshold) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
  }
  return usedP;
}

export function judge(gold: Gold, pred: Prediction): Judged[] {
  const people = matched(gold.people, pred.people, (g, p) => (namesOf(g).has(norm(p.name)) ? (norm(g.name) === norm(p.name) ? 1 : 0.9) : 0), 0.9);
  const goldCountries = new Set(gold.countries.map(norm));
  const speakerOk = (g: Gold["statements"][number], p: Prediction["statements"][number]) => {
    const person = resolve(g.speaker, gold.people);
    return person ? namesOf(person).has(norm(p.speaker)) : norm(g.speaker) === norm(p.speaker);
  };
  const statements = matched(gold.statements, pred.statements, (g, p) => (speakerOk(g, p) ? tokenF1(g.text, p.text) : 0), 0.5);
  const events = matched(gold.events, pred.events, (g, p) => {
    if (norm(g.type) !== norm(p.type)) return 0;
    const sameDate = norm(g.date) === norm(p.date);
    if (!g.participants.length) {
      const samePlace = (g.place && norm(g.place) === norm(p.place)) || (g.country && norm(g.country) === norm(p.country));
      return samePlace ? 0.5 + 0.25 * Number(sameDate) : 0;
    }
    const golds = g.participants.map((name) => resolve(name, gold.people)).filter((x): x is GoldPerson => x !== null);
    const overlap = golds.filter((x) => p.participants.some((name) => namesOf(x).has(norm(name)))).length;
    return overlap ? 0.5 + 0.25 * Number(sameDate) + (0.25 * overlap) / g.participants.length : 0;
  }, 0.5);
  const fact = (kind: Judged["kind"], { extractor, confidence }: Scored, right: boolean): Judged => ({ kind, extractor, confidence, right });
  return [
    ...pred.people.map((p, j) => fact("person", p, people.has(j))),
    ...pred.countries.map((code, j) => fact("country", pred.countryRules[j]!, goldCountries.has(norm(code)))),
    ...pred.statements.map((s, j) => fact("statement", s, statements.has(j))),
    ...pred.events.map((e, j) => fact("event", e, events.has(j))),
  ];
}

/** Each rule's share of right facts, smoothed toward one half for rules seldom seen: (right + 1) / (count + 2). */
export function calibrate(judged: Judged[]): Record<string, number> {
  const byRule = new Map<string, { right: number; count: number }>();
  for (const fact of judged) {
    const tally = byRule.get(fact.extractor) ?? { right: 0, count: 0 };
    tally.count++;
    if (fact.right) tally.right++;
    byRule.set(fact.extractor, tally);
  }
  return Object.fromEntries([...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, { right, count }]) => [rule, Math.round(((right + 1) / (count + 2)) * 100) / 100]));
}

/** Confidence bucket → precision and count, as lines of a table. */
export function reliabilityTable(judged: Judged[]): string {
  const edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  const lines = ["confidence   precision  count"];
  for (let b = 0; b < edges.length - 1; b++) {
    const inBucket = judged.filter((fact) => fact.confidence >= edges[b]! && fact.confidence < edges[b + 1]!);
    if (!inBucket.length) continue;
    const precision = inBucket.filter((fact) => fact.right).length / inBucket.length;
    const label = `${edges[b]!.toFixed(1)}–${Math.min(1, edges[b + 1]!).toFixed(1)}`;
    lines.push(`${label.padEnd(12)} ${precision.toFixed(3).padStart(9)}  ${String(inBucket.length).padStart(5)}`);
  }
  return `${lines.join("\n")}\n`;
}
