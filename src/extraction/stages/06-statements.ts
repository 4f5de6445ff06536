import type { Doc } from "../document.ts";
import type { Coreference, Referent } from "../coreference.ts";
import type { PersonEntity } from "./04-people.ts";
import type { DateMention } from "./05-dates.ts";
import { quotedTokens, quoteText, type Quote } from "../quotes.ts";
import {
  clauseEndingVerbs,
  clauseOnlyVerbs,
  expressedStances,
  quotingParticiples,
  reportingVerbs,
} from "../lexicons/reporting.ts";
import type { StatementKind } from "../types.ts";

export interface StatementMention {
  speaker: PersonEntity;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  sentence: number;
  date: string | null;
  confidence: number;
  extractor: string;
}

const quoteMarks = /^["“”«»„]$/;
/** What may follow a trailing attribution's verb: "…, Carter said in a news conference", "…, she said today". */
const attributionTails = new Set(["in", "at", "on", "during", "after", "before", "while", "when", "to", "from", "with", "via", "ahead", "following", "today", "yesterday"]);
const pronounsOpeningClause = new Set(["he", "she", "they", "it", "we", "i", "there"]);
const confidenceBy = { name: 0.9, pronoun: 0.8, description: 0.75 } as const;

/**
 * Direct and reported statements, read in text order so that "he said" finds
 * the last speaker:
 * - a quote with its attribution after it (`"…," Blinken said`), before it
 *   (`Xi said China would “…”`, `…, calling the two “…”`), or none when it
 *   follows a sentence someone said (the second half of a split quote);
 * - a "NAME said:" lead-in, whose next paragraph is the statement;
 * - reported speech after a reporting verb (`X said (that) …`, `expressed his
 *   desire to …`) or before a trailing attribution (`…, White said.`), which
 *   then owns the whole sentence: "Mattis emphasized …, White said" is White's.
 * Joint subjects ("the two leaders"), organisations and unnamed offices give nothing.
 */
export function findStatements(doc: Doc, coreference: Coreference, dates: DateMention[], quotes: Quote[]): StatementMention[] {
  const { tokens, sentences } = doc;
  const insideQuote = quotedTokens(quotes);
  const statements: StatementMention[] = [];
  const dateAt = new Map(dates.map((date) => [date.tokenStart, date]));
  const attributedSentences = new Set<number>();
  let colonSpeaker: { person: PersonEntity; paragraph: number } | null = null;

  const add = (referent: Referent, kind: StatementKind, span: { start: number; end: number; text: string }, at: number, extractor: string, date: string | null = null) => {
    if (referent.kind !== "person" || !span.text.trim()) return;
    const sentence = tokens[at]!.sentence;
    statements.push({
      speaker: referent.person,
      kind,
      text: span.text.trim(),
      start: span.start,
      end: span.end,
      sentence,
      date,
      confidence: confidenceBy[referent.via],
      extractor,
    });
    attributedSentences.add(sentence);
    coreference.noteSpeaker(referent.person, at);
  };

  const dateAfter = (verb: number) => dateAt.get(verb + 1)?.date ?? dateAt.get(verb + 2)?.date ?? null;
  const isVerb = (i: number) => reportingVerbs.has(tokens[i]?.text ?? "") && !insideQuote.has(i);

  const clauseSpan = (from: number, to: number) => {
    const start = tokens[from]!.start;
    let end = tokens[to - 1]!.end;
    while (end > start && /[\s.,;:!?]/.test(doc.content[end - 1]!)) end--;
    return { start, end, text: doc.content.slice(start, end) };
  };

  /** Where a reported clause stops: before "…, calling", "and praised", "according to" or the sentence's end. */
  const clauseEnd = (from: number, sentenceEnd: number) => {
    for (let i = from + 1; i < sentenceEnd; i++) {
      const text = tokens[i]!.text;
      if (text === "," && quotingParticiples.has(tokens[i + 1]?.text ?? "")) return i;
      if (text === "and" && (clauseEndingVerbs.has(tokens[i + 1]?.text ?? "") || (tokens[i + 1]?.text === "also" && clauseEndingVerbs.has(tokens[i + 2]?.text ?? "")))) return i;
      if (text === "," && tokens[i + 1]?.text === "according") return i;
    }
    return sentenceEnd;
  };

  /** "CONTENT, Blinken said." / "CONTENT, said the secretary": the attribution and where CONTENT ends. */
  const trailingAttribution = (sentenceIndex: number) => {
    const sentence = sentences[sentenceIndex]!;
    for (let v = sentence.tokenEnd - 1; v > sentence.tokenStart; v--) {
      if (!isVerb(v) || tokens[v]!.text === "expressed") continue;
      const before = coreference.subjectBefore(v);
      let comma = before.start - 1;
      let referent: Referent = before;
      if (tokens[comma]?.text !== ",") {
        if (tokens[v - 1]?.text !== ",") continue;
        comma = v - 1;
        referent = coreference.subjectAfter(v);
        if (referent.kind === "unknown" && referent.start === v + 1) continue;
      }
      const next = tokens[v + 1];
      const tailOk = !next || next.sentence !== sentenceIndex || /^[.,;!?]$/.test(next.text) || attributionTails.has(next.text.toLowerCase()) || dateAt.has(v + 1) || tokens[v]!.text === "told";
      if (!tailOk || comma <= sentence.tokenStart) continue;
      return { verb: v, comma, referent };
    }
    return null;
  };

  const attributeQuote = (quote: Quote): { referent: Referent; verb: number; extractor: string } | null => {
    // After: "…," Blinken said / "…," said Blinken / "…," he was quoted as saying.
    let k = quote.closeToken + 1;
    if (tokens[k]?.text === ",") k++;
    const sentence = tokens[quote.closeToken]!.sentence;
    for (let v = k; v < Math.min(k + 8, tokens.length) && tokens[v]!.sentence === sentence; v++) {
      if (/^[.;!?"“”]$/.test(tokens[v]!.text)) break;
      if (!isVerb(v) || quotingParticiples.has(tokens[v]!.text)) continue;
      const referent = v === k ? coreference.subjectAfter(v) : coreference.subjectBefore(v);
      if (referent.kind !== "unknown" || v === k) return { referent, verb: v, extractor: "quote.attribution-after" };
    }
    // Before: Xi said China would “…” / …, calling the two “…”.
    const openSentence = tokens[quote.openToken]!.sentence;
    const from = sentences[openSentence]!.tokenStart;
    for (let v = quote.openToken - 1; v >= from && v >= quote.openToken - 15; v--) {
      if (quoteMarks.test(tokens[v]!.text)) break;
      if (!isVerb(v) || tokens[v]!.text === "expressed") continue;
      // One quoted word inside someone's sentence is a scare quote ("warned of “unlawful” seizures"), not speech.
      if (quote.closeToken - quote.openToken < 3) return null;
      const referent = quotingParticiples.has(tokens[v]!.text) ? coreference.sentenceSubject(openSentence, v) : coreference.subjectBefore(v);
      return { referent, verb: v, extractor: "quote.attribution-before" };
    }
    return null;
  };

  const consumed = new Set<number>();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.start < doc.bodyStart || consumed.has(s)) continue;

    // "Foreign Secretary Jeremy Hunt said:" — the next paragraph is what was said.
    const last = tokens[sentence.tokenEnd - 1]!;
    const verbBeforeColon = sentence.tokenEnd - 2;
    if (last.text === ":" && isVerb(verbBeforeColon)) {
      const referent = coreference.subjectBefore(verbBeforeColon);
      const nextParagraph = doc.paragraphs[sentence.paragraph + 1];
      const isLastOfParagraph = sentences[s + 1]?.paragraph !== sentence.paragraph;
      if (referent.kind === "person" && isLastOfParagraph && nextParagraph) {
        colonSpeaker = { person: referent.person, paragraph: sentence.paragraph + 1 };
        const block = doc.content.slice(nextParagraph.start, nextParagraph.end);
        if (!/["“«]/.test(block)) {
          add(referent, "direct", { start: nextParagraph.start, end: nextParagraph.end, text: block.replace(/\s+/g, " ") }, verbBeforeColon, "direct.said-colon-paragraph");
          for (let t = s + 1; t < sentences.length && sentences[t]!.paragraph === sentence.paragraph + 1; t++) consumed.add(t);
        } else coreference.noteSpeaker(referent.person, verbBeforeColon);
      }
      continue;
    }

    // Quotes opening in this sentence, in order.
    for (const quote of quotes.filter((q) => tokens[q.openToken]?.sentence === s)) {
      const span = quoteText(doc, quote);
      const found = attributeQuote(quote);
      if (found) {
        if (found.referent.kind === "person") add(found.referent, "direct", span, found.verb, found.extractor, dateAfter(found.verb));
        continue;
      }
      // No attribution: a quote opening a sentence right after someone spoke is theirs.
      const opensSentence = quote.openToken === sentence.tokenStart;
      const previousSpoke = attributedSentences.has(s - 1);
      const leadIn = colonSpeaker && colonSpeaker.paragraph === sentence.paragraph ? colonSpeaker.person : null;
      if (opensSentence && (previousSpoke || leadIn)) {
        const person = leadIn ?? statements.at(-1)!.speaker;
        add({ kind: "person", person, via: "pronoun", start: quote.openToken }, "direct", span, quote.openToken, "quote.continuation");
      }
    }

    // Reported speech.
    const trailing = trailingAttribution(s);
    const from = sentence.tokenStart;
    if (trailing) {
      const hasQuote = tokens.slice(from, trailing.comma).some((token, i) => insideQuote.has(from + i));
      if (!hasQuote) {
        const span = clauseSpan(from, trailing.comma);
        add(trailing.referent, "reported", span, trailing.verb, "reported.attribution-after", dateAfter(trailing.verb));
      }
    }
    let previousSubject: Referent | null = null;
    for (let v = trailing ? trailing.verb + 1 : from; v < sentence.tokenEnd; v++) {
      if (!isVerb(v) || quotingParticiples.has(tokens[v]!.text) || tokens[v]!.text === "quoted") continue;
      let referent = coreference.subjectBefore(v);
      if (referent.kind === "unknown" && tokens[v - 1]?.text === "and" && previousSubject) referent = previousSubject;
      previousSubject = referent;
      if (referent.kind !== "person") continue;
      let start = v + 1;
      while (dateAt.has(start) || tokens[start]?.text === "today") start++;
      const verb = tokens[v]!.text;
      if (verb === "told") {
        // "told reporters that …": skip the listener.
        let j = start;
        while (j < Math.min(start + 6, sentence.tokenEnd) && tokens[j]!.text !== "that") j++;
        if (tokens[j]?.text !== "that") continue;
        start = j;
      }
      if (verb === "expressed") {
        const stance = tokens[start + 1]?.text ?? "";
        if (!/^(?:his|her|their)$/.test(tokens[start]?.text ?? "") || !expressedStances.has(stance)) continue;
      } else if (tokens[start]?.text === "that" || tokens[start]?.text === ":") start++;
      else if (clauseOnlyVerbs.has(verb) && !pronounsOpeningClause.has(tokens[start]?.text.toLowerCase() ?? "")) continue;
      if (start >= sentence.tokenEnd || quoteMarks.test(tokens[start]!.text)) continue;
      const end = clauseEnd(start, sentence.tokenEnd);
      const hasQuote = tokens.slice(start, end).some((_, i) => insideQuote.has(start + i));
      if (hasQuote || end - start < 3) continue;
      add(referent, "reported", clauseSpan(start, end), v, verb === "expressed" ? "reported.expressed-stance" : "reported.attribution-before", dateAfter(v));
    }
  }
  return statements.sort((a, b) => a.start - b.start);
}
