import { clauseEnd, type EventContext as Context } from "./event-context.ts";

// On which day an event happens: the date phrase nearest its trigger, within its scope.

/** Words after which an earlier date in the sentence no longer applies: "…, while visiting Germany". */
const relativePronouns = new Set(["who", "which", "whose"]);
const dateScopeBreaks = new Set([";", "while", "which", "who", "whose", "but", "although", "because", "since", "after", "before", "when", "following"]);

/**
 * The date phrase nearest the trigger: in its own clause, or earlier in the
 * sentence ("On Monday, Xi and Putin held talks", "said Tuesday … as he
 * prepared for talks") unless a subordinate clause lies between.
 */
export function dateOf(context: Context, t: number): string | null {
  const { tokens } = context.doc;
  const to = clauseEnd(context, t);
  let from = t;
  const first = context.doc.sentences[tokens[t]!.sentence]!.tokenStart;
  let commaSince = false;
  for (;;) {
    if (from <= first) break;
    const word = tokens[from - 1]!.text;
    // "On May 7, Kishida, who is visiting Seoul, held …": a relative clause closed before the trigger is passed over.
    if (dateScopeBreaks.has(word) && !(relativePronouns.has(word) && commaSince)) break;
    from--;
    if (word === ",") commaSince = true;
    // Skip a parenthesis whole: "(local time; same day, 4:40 p.m. Japan time)".
    if (tokens[from]!.text === ")") while (from > first && tokens[from]!.text !== "(") from--;
  }
  const candidates = context.dates.filter((date) => date.tokenStart >= from && date.tokenStart < to);
  candidates.sort((a, b) => Math.abs(a.tokenStart - t) - Math.abs(b.tokenStart - t));
  return candidates[0]?.date ?? null;
}

