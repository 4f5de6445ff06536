import { clauseEnd, onMarginsOf, type EventContext as Context } from "./context.ts";
import { reportingVerbs } from "../lexicons/reporting.ts";
import { relativePronouns } from "../lexicons/clauses.ts";
import { dateScopeBreaks } from "../lexicons/dates.ts";
import { afterSaying, relativeOpeners } from "../lexicons/events.ts";

// On which day an event happens: the date phrase nearest its trigger, within its scope.


/**
 * The date phrase nearest the trigger: in its own clause, or earlier in the
 * sentence ("On Monday, Xi and Putin held talks", "said Tuesday … as he
 * prepared for talks") unless a subordinate clause lies between.
 */
export function dateOf(context: Context, t: number): string | null {
  return relativeClauseDate(context, t) ?? (onMarginsOf(context.doc.tokens, t) ? null : sentenceDate(context, t));
}

/** "The summit, which opened on Monday, …": the day a relative clause right after the event noun gives it. */
export function relativeClauseDate(context: Context, t: number): string | null {
  const { tokens } = context.doc;
  if (tokens[t + 1]?.text !== "," || !relativeOpeners.has(tokens[t + 2]?.text ?? "")) return null;
  let end = t + 3;
  while (end < tokens.length && tokens[end]!.sentence === tokens[t]!.sentence && tokens[end]!.text !== ",") end++;
  return context.dates.find((date) => date.tokenStart > t + 2 && date.tokenStart < end)?.date ?? null;
}

function sentenceDate(context: Context, t: number): string | null {
  const { tokens } = context.doc;
  const to = clauseEnd(context, t);
  let from = t;
  const first = context.doc.sentences[tokens[t]!.sentence]!.tokenStart;
  let commaSince = false;
  let lastComma = t;
  const asides: Array<[number, number]> = [];
  for (;;) {
    if (from <= first) break;
    const word = tokens[from - 1]!.text;
    // "On May 7, Kishida, who is visiting Seoul, held …": a relative clause closed before the trigger is passed
    // over, and its own day ("Ruiz, who landed on Wednesday, was greeted …") is not the event's.
    if (dateScopeBreaks.has(word) && !(relativePronouns.has(word) && commaSince)) break;
    from--;
    if (relativePronouns.has(word)) asides.push([from, lastComma]);
    if (word === ",") {
      commaSince = true;
      lastComma = from;
    }
    // Skip a parenthesis whole: "(local time; same day, 4:40 p.m. Japan time)".
    if (tokens[from]!.text === ")") while (from > first && tokens[from]!.text !== "(") from--;
  }
  const inAside = (k: number) => asides.some(([start, end]) => k > start && k < end);
  const candidates = context.dates.filter((date) => date.tokenStart >= from && date.tokenStart < to && !inAside(date.tokenStart));
  candidates.sort((a, b) => Math.abs(a.tokenStart - t) - Math.abs(b.tokenStart - t));
  return candidates[0]?.date ?? reportedAfter(context, from);
}

/** "X said on Wednesday after talks with Y": undated talks told as what came just before the saying share its day. */
function reportedAfter(context: Context, from: number): string | null {
  const { tokens } = context.doc;
  if (!afterSaying.has(tokens[from - 1]?.text ?? "")) return null;
  const day = context.dates.find((date) => date.end <= tokens[from - 1]!.start && date.end >= tokens[from - 2]!.end);
  const saying = day && tokens.slice(Math.max(0, day.tokenStart - 2), day.tokenStart).some((token) => reportingVerbs.has(token.text));
  return saying ? day.date : null;
}

