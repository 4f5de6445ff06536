import type { DateMention, Doc, LastSpeaker, PersonEntity, Quote, Referent, StatementMention } from "../annotations.ts";
import { tokenIndexAt } from "../document.ts";
import type { Coreference } from "../people/coreference.ts";
import { isScareQuote, joinsQuotes, quotedTokens, quoteText } from "./quotes.ts";
import { attributionHeads, quotingParticiples, reportingVerbs } from "../lexicons/reporting.ts";
import { clauseBeforeQuote, complementEnd, complementStart, isPhrasalReportingVerb } from "./complement.ts";
import { accordingTo } from "./according-to.ts";
import { quoteAttribution, trailingAttributionOf } from "./attribution.ts";
import type { StatementKind } from "../types.ts";
import { clauseJoiners } from "../lexicons/clauses.ts";

const quoteMarks = /^["“”«»„]$/;
const confidenceBy = { name: 0.9, pronoun: 0.8, description: 0.75 } as const;

/**
 * Readout header: "Quotes attributable to Prime Minister Ana Ruiz:", "The following is attributable to
 * spokesperson Tom Berg:" name who speaks in the paragraphs after it.
 */
function readoutHeader(doc: Doc, coreference: Coreference, s: number): Referent | null {
  const { tokens } = doc;
  const sentence = doc.sentences[s]!;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd - 2; i++) {
    if (!attributionHeads.has(tokens[i]!.text.toLowerCase()) || tokens[i + 1]!.text !== "to") continue;
    const named = coreference.peopleIn(i + 2, sentence.tokenEnd);
    return named.length === 1 ? { kind: "person", person: named[0]!, via: "name", start: i + 2 } : null;
  }
  return null;
}

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
  /** Tokens inside quotations that are speech: a clause holding only a scare quote ("the “historic” accord") is still reported. */
  const insideSpeech = quotedTokens(quotes.filter((quote) => !isScareQuote(doc, quote)));
  const statements: StatementMention[] = [];
  const dateAt = new Map(dates.map((date) => [date.tokenStart, date]));
  const dateEnds = new Map(dates.map((date) => [date.tokenStart, tokenIndexAt(doc, date.end)]));
  /** Verbs that introduced a quote: they report nothing more. */
  const quoteVerbs = new Set<number>();
  const attributedSentences = new Set<number>();
  let colonSpeaker: { person: PersonEntity; paragraph: number } | null = null;
  /** Who was last credited with speech: a later "he said" or "the minister said" is likeliest theirs. */
  let lastSpeaker: LastSpeaker | null = null;

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
    lastSpeaker = coreference.speakerAt(referent.person, at);
  };

  const dateAfter = (verb: number) => dateAt.get(verb + 1)?.date ?? dateAt.get(verb + 2)?.date ?? null;
  // "pointed out that …": a verb that reports only with its particle.
  const isVerb = (i: number) => (reportingVerbs.has(tokens[i]?.text ?? "") || isPhrasalReportingVerb(doc, i)) && !insideQuote.has(i);

  const clauseSpan = (from: number, to: number) => {
    const start = tokens[from]!.start;
    let end = tokens[to - 1]!.end;
    while (end > start && /[\s.,;:!?]/.test(doc.content[end - 1]!)) end--;
    return { start, end, text: doc.content.slice(start, end) };
  };

  const attribution = { doc, coreference, isVerb, dateAt, speaker: () => lastSpeaker };
  const attributeQuote = (quote: Quote) => quoteAttribution(attribution, quote);
  const trailingAttribution = (sentenceIndex: number) => trailingAttributionOf(attribution, sentenceIndex);

  const consumed = new Set<number>();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.start < doc.bodyStart || consumed.has(s)) continue;

    // "Foreign Secretary Jeremy Hunt said:" — the next paragraph is what was said.
    const last = tokens[sentence.tokenEnd - 1]!;
    const verbBeforeColon = sentence.tokenEnd - 2;
    const header = last.text === ":" ? readoutHeader(doc, coreference, s) : null;
    if (last.text === ":" && (isVerb(verbBeforeColon) || header)) {
      const referent = header ?? coreference.subjectBefore(verbBeforeColon, lastSpeaker);
      const nextParagraph = doc.paragraphs[sentence.paragraph + 1];
      const isLastOfParagraph = sentences[s + 1]?.paragraph !== sentence.paragraph;
      if (referent.kind === "person" && isLastOfParagraph && nextParagraph) {
        colonSpeaker = { person: referent.person, paragraph: sentence.paragraph + 1 };
        const block = doc.content.slice(nextParagraph.start, nextParagraph.end);
        // A paragraph in quotation marks is read as quotes; one that only quotes a phrase is the statement itself.
        // A readout header over narrative text names no speaker of it: only quotations under it are speech.
        if (!/^["“«„]/.test(block) && !header) {
          add(referent, "direct", { start: nextParagraph.start, end: nextParagraph.end, text: block.replace(/\s+/g, " ") }, verbBeforeColon, "direct.said-colon-paragraph");
          for (let t = s + 1; t < sentences.length && sentences[t]!.paragraph === sentence.paragraph + 1; t++) consumed.add(t);
        } else lastSpeaker = coreference.speakerAt(referent.person, verbBeforeColon);
      }
      continue;
    }

    // Quotes opening in this sentence, in order.
    let previous: { quote: Quote; person: PersonEntity; verb: number } | null = null;
    /** Quotations of the sentence no attribution reached yet: one after the last of them may. */
    let waiting: Quote[] = [];
    for (const quote of quotes.filter((q) => tokens[q.openToken]?.sentence === s)) {
      const span = quoteText(doc, quote);
      // “address differences” and “act as one”: a quotation joined to the one before is the same speaker's.
      if (previous && joinsQuotes(doc, previous.quote, quote)) {
        add({ kind: "person", person: previous.person, via: "name", start: quote.openToken }, "direct", span, previous.verb, "quote.coordinated");
        previous = { quote, person: previous.person, verb: previous.verb };
        continue;
      }
      previous = null;
      const found = attributeQuote(quote);
      if (found) {
        quoteVerbs.add(found.verb);
        if (found.referent.kind !== "person") continue;
        // "aims to “tackle” them and make it “the most open market,” said Hale": the attribution after the last quotation is every one's.
        if (found.extractor === "quote.attribution-after") for (const early of waiting) add(found.referent, "direct", quoteText(doc, early), found.verb, "quote.shared-attribution");
        waiting = [];
        // "Costa met Okafor in Paris “to discuss …,” Holm said", "Holm said Costa would meet Okafor as a way to “…”":
        // the words before the quote are a clause of their own.
        const lead = found.extractor === "quote.attribution-after" ? sentence.tokenStart : found.extractor === "quote.attribution-before" && !quotingParticiples.has(tokens[found.verb]!.text) ? complementStart(doc, found.verb, quote.openToken, dateEnds) : null;
        const clauseEnd = lead === null || tokens.slice(lead, quote.openToken).some((_, i) => insideQuote.has(lead + i)) ? null : clauseBeforeQuote(doc, lead, quote.openToken, (a, b) => coreference.peopleIn(a, b).length > 0);
        if (lead !== null && clauseEnd !== null) add(found.referent, "reported", clauseSpan(lead, clauseEnd), found.verb, "reported.beside-quote");
        add(found.referent, "direct", span, found.verb, found.extractor, dateAfter(found.verb));
        previous = { quote, person: found.referent.person, verb: found.verb };
        continue;
      }
      // "the pact will “open markets” for farmers, Ruiz said": a quotation inside a clause attributed at its end.
      // "But, he added, the plan is “not on the table”": or in the part the attribution splits off.
      const closing = trailingAttribution(s);
      const inClause = closing && (quote.closeToken < closing.comma || (closing.resume !== null && quote.openToken >= closing.resume));
      if (closing && inClause && closing.referent.kind === "person" && !isScareQuote(doc, quote)) {
        add(closing.referent, "direct", span, closing.verb, "quote.inside-attributed-clause", dateAfter(closing.verb));
        previous = { quote, person: closing.referent.person, verb: closing.verb };
        continue;
      }
      // No attribution: a quote opening a sentence right after someone spoke is theirs.
      const opensSentence = quote.openToken === sentence.tokenStart;
      const previousSpoke = attributedSentences.has(s - 1);
      const leadIn: PersonEntity | null = colonSpeaker && colonSpeaker.paragraph === sentence.paragraph ? colonSpeaker.person : null;
      if (opensSentence && (previousSpoke || leadIn)) {
        const person = leadIn ?? statements.at(-1)!.speaker;
        // "Quotes attributable to Ana Ruiz:" over several quoted paragraphs: the lead-in holds for each in turn.
        if (leadIn && colonSpeaker) colonSpeaker = { person: leadIn, paragraph: sentence.paragraph + 1 };
        add({ kind: "person", person, via: "pronoun", start: quote.openToken }, "direct", span, quote.openToken, "quote.continuation");
      } else if (!isScareQuote(doc, quote)) waiting.push(quote);
    }

    // Reported speech.
    const source = accordingTo(doc, coreference, sentence, lastSpeaker);
    if (source) {
      const hasQuote = tokens.slice(source.from, source.to).some((_, i) => insideSpeech.has(source.from + i));
      if (!hasQuote && source.to - source.from >= 3) add(source.referent, "reported", clauseSpan(source.from, source.to), source.at, "reported.according-to");
      continue;
    }
    const trailing = trailingAttribution(s);
    const from = sentence.tokenStart;
    if (trailing) {
      const hasQuote = tokens.slice(from, trailing.comma).some((token, i) => insideSpeech.has(from + i));
      // Verbless fragments are left out: "The alliance" in "The alliance, the minister said, remains strong".
      const fragment = trailing.resume !== null && trailing.comma - from < 5;
      if (!hasQuote && !fragment) {
        const span = clauseSpan(from, trailing.comma);
        add(trailing.referent, "reported", span, trailing.verb, "reported.attribution-after", dateAfter(trailing.verb));
      }
      // "But, he added, the plan is “not on the table”": the quoted words are the statement, the rest is no clause of its own.
      const quoted = trailing.resume !== null && tokens.slice(trailing.resume, sentence.tokenEnd).some((_, i) => insideQuote.has(trailing.resume! + i));
      if (trailing.resume !== null && !quoted) add(trailing.referent, "reported", clauseSpan(trailing.resume, sentence.tokenEnd), trailing.verb, "reported.attribution-inside");
    }
    let previousSubject: Referent | null = null;
    for (let v = trailing ? (trailing.resume === null ? trailing.verb + 1 : sentence.tokenEnd) : from; v < sentence.tokenEnd; v++) {
      const participle = quotingParticiples.has(tokens[v]!.text) && !insideQuote.has(v);
      if (!(isVerb(v) || participle) || quoteVerbs.has(v) || tokens[v]!.text === "quoted") continue;
      // "…, adding that more ships would come": the speaker of the sentence goes on.
      if (participle && !(tokens[v - 1]?.text === "," && tokens[v + 1]?.text === "that")) continue;
      const spokeHere = statements.findLast((statement) => statement.sentence === s);
      let referent: Referent = participle
        ? spokeHere
          ? { kind: "person", person: spokeHere.speaker, via: "pronoun", start: v }
          : coreference.leadSubject(s, lastSpeaker)
        : coreference.subjectBefore(v, lastSpeaker);
      // "… welcomed the guests and stated that …", "… but warned that …": the first verb's subject.
      if (referent.kind === "unknown" && clauseJoiners.has(tokens[v - 1]?.text ?? "")) referent = previousSubject ?? coreference.leadSubject(s, lastSpeaker);
      previousSubject = referent;
      if (referent.kind !== "person") continue;
      const start = complementStart(doc, v, sentence.tokenEnd, dateEnds);
      if (start === null || start >= sentence.tokenEnd || quoteMarks.test(tokens[start]!.text)) continue;
      const end = complementEnd(doc, start, sentence.tokenEnd);
      const hasQuote = tokens.slice(start, end).some((_, i) => insideSpeech.has(start + i));
      if (hasQuote || end - start < 3) continue;
      const verb = tokens[v]!.text;
      const extractor = verb === "expressed" ? "reported.expressed-stance" : participle ? "reported.participle-that" : "reported.attribution-before";
      add(referent, "reported", clauseSpan(start, end), v, extractor, dateAfter(v));
      // "Berg said Ruiz reaffirmed …": what is reported inside the clause is the named source's.
      v = end - 1;
    }
  }
  return statements.sort((a, b) => a.start - b.start);
}
