import type { DateMention, Doc, LastSpeaker, Quote, Referent } from "../annotations.ts";
import type { Coreference } from "../people/coreference.ts";
import { isScareQuote } from "./quotes.ts";
import { attributionTails, quotingParticiples } from "../lexicons/reporting.ts";

// Who a sentence or a quotation is attributed to, and where the attribution sits.

export interface AttributionContext {
  doc: Doc;
  coreference: Coreference;
  /** A reporting verb outside quotation marks. */
  isVerb: (token: number) => boolean;
  dateAt: ReadonlyMap<number, DateMention>;
  /** The person last credited with speech, as the statements stage reads on. */
  speaker: () => LastSpeaker | null;
}

const quoteMarks = /^["“”«»„]$/;

/**
 * The comma that sets off a trailing subject starting at `start`: right
 * before it, or before a few words of office ("…, spokesman Ole Brandt
 * said", "…, a spokesperson said"); -1 if there is none.
 */
function commaBefore({ doc, isVerb }: AttributionContext, start: number, verb: number): number {
  const { tokens } = doc;
  // "…, Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said": a long office reaches further back.
  for (let k = start - 1; k >= 0 && (k >= verb - 8 || /^\p{Lu}/u.test(tokens[k]!.text) || tokens[k]!.text === ","); k--) {
    const text = tokens[k]!.text;
    if (text === ",") return k;
    if (quoteMarks.test(text) || isVerb(k) || /^[.;:!?]$/.test(text)) return -1;
  }
  return -1;
}

/** "CONTENT, Blinken said." / "CONTENT, said the secretary": the attribution, where CONTENT ends, and where a clause split by it resumes. */
export function trailingAttributionOf(context: AttributionContext, sentenceIndex: number) {
  const { doc, coreference, isVerb, dateAt } = context;
  const speaker = context.speaker();
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex]!;
  for (let v = sentence.tokenEnd - 1; v > sentence.tokenStart; v--) {
    if (!isVerb(v) || tokens[v]!.text === "expressed") continue;
    const before = coreference.subjectBefore(v, speaker);
    let comma = commaBefore(context, before.start, v);
    let referent: Referent = before;
    let tail = v + 1;
    if (comma < 0) {
      if (tokens[v - 1]?.text !== ",") continue;
      comma = v - 1;
      referent = coreference.subjectAfter(v, speaker);
      if (referent.kind === "unknown" && referent.start === v + 1) continue;
      // "…, said the secretary in Lima": the tail follows the subject.
      const named = coreference.byStart.get(referent.start);
      if (named) tail = named.tokenEnd;
      else while (tail < sentence.tokenEnd && /^(?:the|\p{Lu}.*|[\p{Ll}]+)$/u.test(tokens[tail]!.text) && !attributionTails.has(tokens[tail]!.text) && !isVerb(tail) && tail < v + 6) tail++;
    }
    const next = tokens[tail];
    const tailOk = !next || next.sentence !== sentenceIndex || /^[.,;!?]$/.test(next.text) || attributionTails.has(next.text.toLowerCase()) || dateAt.has(tail) || tokens[v]!.text === "told";
    // "In Lima, Ibarra said on Monday that …" is no trailing attribution.
    const comma2 = tokens.slice(tail, sentence.tokenEnd).findIndex((token) => token.text === ",");
    const clauseFollows = tokens.slice(tail, comma2 < 0 ? sentence.tokenEnd : tail + comma2).some((token) => token.text === "that");
    if (!tailOk || clauseFollows || comma <= sentence.tokenStart) continue;
    // "The alliance, the minister said, remains strong.": the attribution sits inside the clause.
    const goesOn = next?.text === "," && next.sentence === sentenceIndex && /^\p{Ll}/u.test(tokens[tail + 1]?.text ?? "");
    // "…, Ruiz said, speaking at a briefing": a participle after the attribution sets the scene, it resumes nothing.
    const participle = /^\p{Ll}+ing$/u.test(tokens[tail + 1]?.text ?? "");
    const inside = goesOn && !participle && !quotingParticiples.has(tokens[tail + 1]!.text) && !attributionTails.has(tokens[tail + 1]!.text) && tokens[tail + 1]!.text !== "as";
    return { verb: v, comma, referent, resume: inside ? tail + 1 : null };
  }
  return null;
}

/** Who said a quotation: an attribution after it (`"…," Blinken said`) or before it (`Xi said China would “…”`). */
export function quoteAttribution({ doc, coreference, isVerb, speaker: lastSpeaker }: AttributionContext, quote: Quote): { referent: Referent; verb: number; extractor: string } | null {
  const { tokens } = doc;
  // After: "…," Blinken said / "…," said Blinken / "…," he was quoted as saying.
  let k = quote.closeToken + 1;
  if (tokens[k]?.text === ",") k++;
  // "“Who pays?” Osei said." — a question or exclamation mark ends the sentence before its attribution.
  const asks = /[?!]/.test(doc.content[quote.close - 1] ?? "");
  const sentence = asks && tokens[k] ? tokens[k]!.sentence : tokens[quote.closeToken]!.sentence;
  // "…," Ana Ruiz, a historian at the national university, told reporters: an appositive after the name widens the reach.
  const named = coreference.byStart.get(k);
  const reach = named && tokens[named.tokenEnd]?.text === "," ? 24 : 8;
  for (let v = k; v < Math.min(k + reach, tokens.length) && tokens[v]!.sentence === sentence; v++) {
    if (/^[.;!?"“”]$/.test(tokens[v]!.text)) break;
    if (!isVerb(v) || quotingParticiples.has(tokens[v]!.text)) continue;
    const referent = v === k ? coreference.subjectAfter(v, lastSpeaker()) : coreference.subjectBefore(v, lastSpeaker());
    if (referent.kind !== "unknown" || v === k) return { referent, verb: v, extractor: "quote.attribution-after" };
  }
  // Before: Xi said China would “…” / …, calling the two “…”.
  const openSentence = tokens[quote.openToken]!.sentence;
  const from = doc.sentences[openSentence]!.tokenStart;
  for (let v = quote.openToken - 1; v >= from && v >= quote.openToken - 30; v--) {
    if (quoteMarks.test(tokens[v]!.text)) break;
    if (!isVerb(v) || tokens[v]!.text === "expressed") continue;
    if (isScareQuote(doc, quote)) return null;
    const referent = quotingParticiples.has(tokens[v]!.text) ? coreference.sentenceSubject(openSentence, v, lastSpeaker()) : coreference.subjectBefore(v, lastSpeaker());
    return { referent, verb: v, extractor: "quote.attribution-before" };
  }
  return null;
}
