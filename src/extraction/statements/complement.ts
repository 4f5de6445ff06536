import type { Doc } from "../annotations.ts";
import { isPossessive } from "../document.ts";
import { attributionTails, clauseEndingVerbs, phrasalReportingVerbs, possessivePronouns, singularPronouns, stanceVerbs, tellingVerbs, topicPrepositions, clauseOnlyVerbs, expressedStances, listeners, namingVerbs, quotingParticiples, reportingVerbs } from "../lexicons/reporting.ts";
import { auxiliaries, clauseJoiners, datePrepositions, determiners, frontingWords, infinitiveVerbs, relativeAdverbs, relativePronouns, newSubjects, pronounsOpeningClause, purposeOpeners, unfinishing } from "../lexicons/clauses.ts";
import { relativeDays } from "../lexicons/dates.ts";
import { placePrepositions } from "../lexicons/places.ts";

// Where the content of a reporting verb begins and ends:
// "said on Monday that [exports would double], as he left" → the bracketed words.


/** "pointed out": a verb that reports only with its particle after it. */
export const isPhrasalReportingVerb = (doc: Doc, v: number): boolean => {
  const particle = phrasalReportingVerbs.get(doc.tokens[v]?.text ?? "");
  return particle !== undefined && doc.tokens[v + 1]?.text === particle;
};

/** Token index → one past the last token of the date phrase starting there. */
export type DateEnds = ReadonlyMap<number, number>;

/** Past the time words right after a verb: "said Monday", "said on June 12", "said today". */
function skipWhen(doc: Doc, from: number, dateEnds: DateEnds): number {
  const { tokens } = doc;
  let i = from;
  for (;;) {
    const text = tokens[i]?.text.toLowerCase() ?? "";
    if (dateEnds.has(i)) i = dateEnds.get(i)!;
    else if (datePrepositions.has(text) && dateEnds.has(i + 1)) i = dateEnds.get(i + 1)!;
    else if (relativeDays.has(text)) i++;
    else return i;
  }
}

/** The "that" within a few words, before any comma: "said in a statement that …". */
function thatWithin(doc: Doc, from: number, end: number, span: number): number | null {
  for (let j = from; j < Math.min(from + span, end); j++) {
    const text = doc.tokens[j]!.text;
    if (text === "that") return j;
    if (text === "," || text === ";") return null;
  }
  return null;
}

/**
 * "said in Lima, the port will reopen": a place set before the reported clause belongs to it,
 * when a named place and a comma are followed by a clause with an auxiliary ("will", "is").
 * "said in a statement, adding …" and "said in Lima, where …" are the writer's setting.
 */
function frontedPlace(doc: Doc, from: number, end: number): boolean {
  const { tokens } = doc;
  if (!placePrepositions.has(tokens[from]!.text) || !/^\p{Lu}/u.test(tokens[from + 1]?.text ?? "")) return false;
  let comma = from + 1;
  while (comma < Math.min(from + 5, end) && /^\p{Lu}/u.test(tokens[comma]!.text)) comma++;
  if (tokens[comma]?.text !== ",") return false;
  const next = tokens[comma + 1]?.text ?? "";
  if (relativePronouns.has(next) || relativeAdverbs.has(next) || frontingWords.has(next) || /^\p{Ll}+ing$/u.test(next)) return false;
  return tokens.slice(comma + 1, Math.min(comma + 8, end)).some((token) => auxiliaries.has(token.text));
}

/**
 * The first token of what verb `v` reports, or null when it reports no clause:
 * "told reporters (that) …" skips the listener, "said in a statement that …"
 * the setting, "expressed her hope to …" keeps the stance noun's phrase, and
 * "acknowledged" wants a clause, not a noun ("acknowledged the progress").
 */
export function complementStart(doc: Doc, v: number, sentenceEnd: number, dateEnds: DateEnds): number | null {
  const { tokens } = doc;
  const verb = tokens[v]!.text;
  let start = skipWhen(doc, isPhrasalReportingVerb(doc, v) ? v + 2 : v + 1, dateEnds);
  if (tellingVerbs.has(verb)) {
    // "told Russian state media Sputnik on Friday that …": a long listener before the "that".
    const that = thatWithin(doc, skipWhen(doc, start, dateEnds), sentenceEnd, 10);
    if (that !== null) start = that;
    else if (listeners.has(tokens[start]?.text.toLowerCase() ?? "")) start = skipWhen(doc, start + 1, dateEnds);
    else return null;
  }
  if (stanceVerbs.has(verb)) {
    // "expressed his desire to …", "conveyed Brazil's desire to …": a stance owned by the speaker or their state.
    const owner = tokens[start]?.text ?? "";
    if (possessivePronouns.has(owner)) return expressedStances.has(tokens[start + 1]?.text ?? "") ? start : null;
    if (/^\p{Lu}/u.test(owner) && isPossessive(tokens[start + 1]?.text ?? "") && expressedStances.has(tokens[start + 2]?.text ?? "")) return start;
    if (verb === "expressed") return null;
  }
  // "pledged to increase …", "urged them to …" report a plan; "said to reporters" does not.
  const infinitive = tokens[start]?.text === "to" && /^\p{Ll}+$/u.test(tokens[start + 1]?.text ?? "") && !determiners.has(tokens[start + 1]!.text);
  if (!infinitive && attributionTails.has(tokens[start]?.text.toLowerCase() ?? "")) {
    // "said at the start of the meeting." reports nothing; "said in a statement that …" does.
    const that = thatWithin(doc, start, sentenceEnd, 12);
    if (that === null) return frontedPlace(doc, start, sentenceEnd) ? start : null;
    start = that;
  }
  // "warned of seizures", "spoke about trade": a topic, not what was said.
  if (topicPrepositions.has(tokens[start]?.text ?? "")) return null;
  if (tokens[start]?.text === "that" || tokens[start]?.text === ":") return start + 1;
  if (tokens[start]?.text === ",") return null;
  if (clauseOnlyVerbs.has(verb) && !pronounsOpeningClause.has(tokens[start]?.text.toLowerCase() ?? "")) return null;
  return start;
}

/**
 * Where a reported clause stops: before "…, calling", "and praised", "but
 * warned", "according to", "…, as he left", or the sentence's end.
 */
export function complementEnd(doc: Doc, from: number, sentenceEnd: number): number {
  const { tokens } = doc;
  const word = (i: number) => tokens[i]?.text ?? "";
  for (let i = from + 1; i < sentenceEnd; i++) {
    const text = word(i);
    if (text === "," && quotingParticiples.has(word(i + 1))) return i;
    if (clauseJoiners.has(text) && (clauseEndingVerbs.has(word(i + 1)) || (word(i + 1) === "also" && clauseEndingVerbs.has(word(i + 2))))) return i;
    if (text === "," && word(i + 1) === "according") return i;
    // "…the importance of the alliance, and the two leaders agreed …"
    if (text === "," && word(i + 1) === "and" && (newSubjects.has(word(i + 2).toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(word(i + 2)))) return i;
    // "…, as he hosted …": the writer's setting, not what was said.
    if (text === "," && word(i + 1) === "as" && singularPronouns.has(word(i + 2))) return i;
  }
  return sentenceEnd;
}


/**
 * Where the clause in tokens [from, to) ends when it stands by itself, so that the
 * words before a quotation are a statement too, or null: "Costa met Okafor in Paris
 * “to discuss …”", "Costa would press for loans [as a way to] “…”" (a purpose the
 * quotation completes is left out), but not "the partnership is “…”", "During the
 * talks, “…”" or "Costa aims to “…”" (the verb wants the quoted words).
 */
export function clauseBeforeQuote(doc: Doc, from: number, to: number, hasSubject: (from: number, to: number) => boolean): number | null {
  const { tokens } = doc;
  const lower = (i: number) => tokens[i]?.text.toLowerCase() ?? "";
  let end = to;
  while (end > from && /^[,;:—–-]$/.test(tokens[end - 1]!.text)) end--;
  const purpose = lower(end - 1) === "to";
  if (purpose) {
    end--;
    const opener = purposeOpeners.find((words) => words.every((word, w) => lower(end - words.length + w) === word));
    if (opener) end -= opener.length;
  }
  if (end - from < 3 || !hasSubject(from, end)) return null;
  const words = tokens.slice(from, end).map((token) => token.text.toLowerCase());
  const wantsQuote = unfinishing.has(words.at(-1)!) || reportingVerbs.has(words.at(-1)!) || words.some((word) => namingVerbs.has(word));
  return wantsQuote || (purpose && words.some((word) => infinitiveVerbs.has(word))) ? null : end;
}
