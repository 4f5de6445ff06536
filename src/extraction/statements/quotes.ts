import type { Doc, Quote } from "../annotations.ts";
import { tokenIndexAt } from "../document.ts";
import { titleWords } from "../lexicons/punctuation.ts";
import { coordinators } from "../lexicons/clauses.ts";

const openers: Record<string, string> = { "“": "”", "«": "»", "„": "“" };

/**
 * Double-quoted passages: curly (“…”), guillemets («…») and straight ("…"),
 * mixed in one text. A quote left open at a paragraph's end goes on when the
 * next paragraph opens with a quote mark, as news writing continues a quotation
 * across paragraphs. Single quotes are left alone: they double as apostrophes.
 */
export function findQuotes(doc: Doc): Quote[] {
  const quotes: Quote[] = [];
  const { content } = doc;
  const paragraphs = doc.paragraphs.filter((paragraph) => paragraph.start >= doc.bodyStart);
  let openAt = -1;
  let closer = "";
  const push = (close: number) => {
    quotes.push({ open: openAt, close, openToken: tokenIndexAt(doc, openAt), closeToken: Math.min(tokenIndexAt(doc, close), doc.tokens.length - 1) });
    openAt = -1;
  };
  paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = content[i]!;
      if (openAt >= 0) {
        // The mark re-opening a quotation that runs on from the previous paragraph.
        if (i === paragraph.start && openAt < paragraph.start) continue;
        if (char === closer || (closer === "”" && char === '"') || (closer === '"' && char === "”")) push(i);
        continue;
      }
      if (char in openers) {
        openAt = i;
        closer = openers[char]!;
      } else if (char === '"') {
        openAt = i;
        closer = '"';
      }
    }
    const next = paragraphs[p + 1];
    const continues = next && /^["“«]/.test(content[next.start]!);
    if (openAt >= 0 && !continues) push(paragraph.end);
  });
  // Slogans and titles in quotation marks (“Free and Open Indo-Pacific”) are not speech.
  return quotes.filter((quote) => quote.close > quote.open + 1 && !isSlogan(quoteText(doc, quote).text));
}

function isSlogan(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // A title opens with a capital: “in Southeast Asia” is a phrase someone said.
  return words.length > 1 && /^\p{Lu}/u.test(words[0]!) && words.every((word) => /^\p{Lu}/u.test(word) || titleWords.has(word));
}

/** The indices of every token inside a quote, marks included. */
export function quotedTokens(quotes: Quote[]): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const quote of quotes) for (let i = quote.openToken; i <= quote.closeToken; i++) inside.add(i);
  return inside;
}

/** The quoted words without the marks and without a comma before the closing mark. */
export function quoteText(doc: Doc, quote: Quote): { start: number; end: number; text: string } {
  const start = quote.open + 1;
  let end = quote.close;
  while (end > start && /[\s,]/.test(doc.content[end - 1]!)) end--;
  // A quotation that runs on across paragraphs carries the next paragraph's opening mark inside it.
  const text = doc.content.slice(start, end).replace(/\n\s*\n\s*["“«]/g, " ");
  return { start, end, text };
}

/**
 * One quoted word inside someone's sentence that only marks a word as theirs or as odd, not speech:
 * "warned of “unlawful” seizures", "a “geopolitical” Europe". It is speech where it completes the
 * clause ("needs to be “reliable” and “sustainable.”") or is the verb after "to" ("aims to “tackle” them").
 */
export function isScareQuote(doc: Doc, quote: Quote): boolean {
  if (quote.closeToken - quote.openToken > 2) return false;
  const before = doc.tokens[quote.openToken - 1]?.text ?? "";
  const after = doc.tokens[quote.closeToken + 1];
  const endsClause = !after || after.sentence !== doc.tokens[quote.closeToken]!.sentence || /^[.,;:!?]$/.test(after.text) || coordinators.has(after.text);
  return before !== "to" && !endsClause;
}

/** Whether only "and", "or" or a comma stand between two quotations: “address differences” and “act as one”. */
export function joinsQuotes(doc: Doc, first: Quote, second: Quote): boolean {
  const between = doc.tokens.slice(first.closeToken + 1, second.openToken);
  return between.length > 0 && between.length <= 2 && between.every((token) => coordinators.has(token.text) || token.text === ",");
}
