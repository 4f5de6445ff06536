import type { DateMention, Doc } from "../annotations.ts";
import * as chrono from "chrono-node";
import { tokenIndexAt } from "../document.ts";
import { datePrepositions, durationUnits, futureMarkers, partsOfToday, pastBoundaries, undatedWords } from "../lexicons/dates.ts";

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The lower-case words of a date phrase: "On Monday," → ["on", "monday"]. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean);

/** "this morning", "tonight": a part of the publication day. */
const isPartOfToday = (text: string) => {
  const words = wordsOf(text).join(" ");
  return [...partsOfToday].some((part) => ` ${words} `.includes(` ${part} `));
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The calendar day a date phrase names, against the publication date: a
 * weekday is the most recent such day on or before publication ("on Monday"
 * in an article of Wednesday 2023-03-22 → 2023-03-20), or in a clause about
 * the future the next such day on or after it ("will meet on Monday" → 2023-03-27); a day without a year
 * takes the publication year; a range its first day. Weeks, months, years and
 * days relative to other events ("a day after") name no day: null.
 */
function resolve(result: chrono.ParsedResult, publishedAt: string, future: boolean): string | null {
  const text = result.text.toLowerCase();
  if (wordsOf(text).some((word) => undatedWords.has(word))) return null;
  if (isPartOfToday(text)) return publishedAt;
  const start = result.start;
  if (start.isCertain("day")) {
    const year = start.isCertain("year") ? start.get("year")! : Number(publishedAt.slice(0, 4));
    return iso(year, start.get("month")!, start.get("day")!);
  }
  if (start.isCertain("weekday") && !start.isCertain("month")) {
    const weekday = start.get("weekday")!;
    const published = new Date(`${publishedAt}T00:00:00Z`).getUTCDay();
    return future ? addDays(publishedAt, (weekday - published + 7) % 7) : addDays(publishedAt, -((published - weekday + 7) % 7));
  }
  return null;
}

/**
 * Future travel and plans: a weekday read back to a future marker in its own sentence
 * before anything closes the clause as past ("is set to meet Monday", "departs on Tuesday";
 * not "will attend, she said on Friday").
 */
function inFutureClause(doc: Doc, tokenStart: number): boolean {
  const sentence = doc.tokens[tokenStart]!.sentence;
  for (let i = tokenStart - 1; i >= 0 && doc.tokens[i]!.sentence === sentence; i--) {
    const word = doc.tokens[i]!.text.toLowerCase();
    if (pastBoundaries.has(word)) return false;
    if (futureMarkers.has(word)) return true;
  }
  // "On Friday, the minister will meet …": a weekday opening the sentence takes the tense of the clause after it.
  const opening = tokenStart - doc.sentences[sentence]!.tokenStart <= 1;
  for (let i = tokenStart + 1; opening && i < tokenStart + 12 && doc.tokens[i]?.sentence === sentence; i++) {
    const word = doc.tokens[i]!.text.toLowerCase();
    if (pastBoundaries.has(word)) return false;
    if (futureMarkers.has(word)) return true;
  }
  return false;
}

/** Date phrases in the text, each resolved to a day or to null. Times of day alone are skipped. */
export function findDates(doc: Doc): DateMention[] {
  const reference = { instant: new Date(`${doc.input.publishedAt}T12:00:00Z`), timezone: 0 };
  const mentions: DateMention[] = [];
  for (const result of chrono.parse(doc.content, reference, { forwardDate: false })) {
    const certain = ["day", "month", "year", "weekday"].some((unit) => result.start.isCertain(unit as chrono.Component));
    const partOfDay = isPartOfToday(result.text);
    // "for a second day", "for approximately 25 minutes": durations, not dates.
    const words = wordsOf(result.text);
    const duration = words[0] === "for" || words.some((word) => durationUnits.has(word));
    if ((!certain && !partOfDay) || duration) continue;
    // chrono folds a leading "On " into the match; the span starts at the date itself.
    const lead = datePrepositions.has(words[0] ?? "") ? (/^\S+\s+/.exec(result.text)?.[0].length ?? 0) : 0;
    const start = result.index + lead;
    const end = result.index + result.text.replace(/[\s,.]+$/, "").length;
    const tokenStart = tokenIndexAt(doc, start);
    const token = doc.tokens[tokenStart];
    if (!token) continue;
    mentions.push({ start, end, tokenStart, sentence: token.sentence, date: resolve(result, doc.input.publishedAt, inFutureClause(doc, tokenStart)) });
  }
  return mentions;
}
