import type { Doc, Sentence, Token } from "../annotations.ts";
import type { ArticleInput } from "../types.ts";
import { abbreviations } from "../lexicons/abbreviations.ts";
import { closers, sentenceEnd, sentenceStarters } from "../lexicons/punctuation.ts";

// Paragraphs, sentences and tokens with their offsets. Written by hand because
// the splitters we tried either drop offsets or split on "U.S." and "Dr.":
// offsets are what provenance spans are made of.

const tokenPattern = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`, // dotted acronyms: U.S., a.m., D.C.
    String.raw`\p{L}[\p{L}\p{M}\d]*(?:[-'’]\p{L}[\p{L}\p{M}\d]*)*`, // words: Nicolae-Ionel, O'Brien, Putin’s, G7
    String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?`, // numbers: 12, 4:40, 21st
    String.raw`\S`, // any other character on its own
  ].join("|"),
  "gu",
);

const possessive = /^(.+?)(['’]s)$/u;

function tokenize(content: string): Omit<Token, "sentence">[] {
  const tokens: Omit<Token, "sentence">[] = [];
  for (const match of content.matchAll(tokenPattern)) {
    const start = match.index;
    const text = match[0];
    const dateline = /^(\p{Lu}{2,})(-)(\p{Lu}\p{Ll}.*)$/u.exec(text);
    if (dateline) {
      // "MOSCOW-Xi Jinping said": the dateline is not part of the name.
      let at = start;
      for (const part of dateline.slice(1)) {
        tokens.push({ text: part, start: at, end: at + part.length });
        at += part.length;
      }
      continue;
    }
    const owner = possessive.exec(text);
    if (owner && /^\p{Lu}/u.test(text)) {
      // "Putin’s" → "Putin" + "’s", so that names are matched without their possessive.
      const name = owner[1]!;
      tokens.push({ text: name, start, end: start + name.length });
      tokens.push({ text: owner[2]!, start: start + name.length, end: start + text.length });
      continue;
    }
    const previous = tokens.at(-1);
    if (text === "." && previous && previous.end === start && isAbbreviation(previous.text)) {
      previous.text += ".";
      previous.end += 1;
      continue;
    }
    tokens.push({ text, start, end: start + text.length });
  }
  return tokens;
}

/** "Dr", "Jr" and single capitals (the initial in "Antony J. Blinken") keep their period. */
function isAbbreviation(word: string): boolean {
  return abbreviations.has(word) || /^\p{Lu}$/u.test(word);
}

function paragraphsOf(content: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (const match of content.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const text = match[0];
    if (text.trim()) paragraphs.push({ start: match.index, end: match.index + text.trimEnd().length });
  }
  return paragraphs;
}

export function segment(input: ArticleInput): Doc {
  const content = `${input.title}\n\n${input.text}`;
  const bodyStart = input.title.length + 2;
  const paragraphs = paragraphsOf(content);
  const raw = tokenize(content);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];

  let paragraph = 0;
  let open: Sentence | null = null;
  const close = (end: number) => {
    if (open && open.tokenEnd > open.tokenStart) {
      open.end = end;
      sentences.push(open);
    }
    open = null;
  };

  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    while (paragraph < paragraphs.length - 1 && token.start >= paragraphs[paragraph]!.end) {
      close(tokens.at(-1)?.end ?? token.start);
      paragraph++;
    }
    const previous = tokens.at(-1);
    // A line break inside a paragraph (list items, "said:" lead-ins) ends a sentence too.
    if (open && previous && content.slice(previous.end, token.start).includes("\n")) close(previous.end);
    if (!open) {
      open = { start: token.start, end: token.end, paragraph, tokenStart: tokens.length, tokenEnd: tokens.length };
    }
    tokens.push({ ...token, sentence: sentences.length });
    open.tokenEnd = tokens.length;

    // "MANILA, Nov 15 – Japan and …": a dateline opening a paragraph is not part of its first sentence.
    if (/^[–—-]$/.test(token.text) && token.start > (previous?.end ?? 0) && token.start >= bodyStart && isDateline(tokens.slice(open.tokenStart, -1), open.start === paragraphs[paragraph]!.start)) {
      close(token.end);
      continue;
    }
    if (sentenceEnd.has(token.text) || endsWithAcronymBeforeNewSentence(raw, i)) {
      while (raw[i + 1] && closers.has(raw[i + 1]!.text) && raw[i + 1]!.start === raw[i]!.end) {
        i++;
        tokens.push({ ...raw[i]!, sentence: sentences.length });
        open.tokenEnd = tokens.length;
      }
      const next = raw[i + 1];
      if (!next || /^[\p{Lu}\d"“‘«„(]/u.test(next.text)) close(tokens.at(-1)!.end);
    }
  }
  close(tokens.at(-1)?.end ?? 0);
  return { input, content, bodyStart, paragraphs, sentences, tokens };
}

/** "MANILA", "NEW DELHI, Nov 15", "LONDON, 3 March": upper-case place words, then perhaps a comma and a day. */
function isDateline(words: Token[], opensParagraph: boolean): boolean {
  const comma = words.findIndex((word) => word.text === ",");
  const place = comma < 0 ? words : words.slice(0, comma);
  const day = comma < 0 ? [] : words.slice(comma + 1);
  return opensParagraph && place.length > 0 && place.length <= 3 && place.every((word) => /^\p{Lu}{2,}\.?$/u.test(word.text)) && day.length <= 3 && day.every((word) => /^(?:\p{Lu}\p{Ll}{2,}\.?|\d{1,2})$/u.test(word.text));
}


/** "… returned to the U.S. He said …": the acronym's period ends the sentence too. */
function endsWithAcronymBeforeNewSentence(raw: Omit<Token, "sentence">[], i: number): boolean {
  const token = raw[i]!;
  const next = raw[i + 1];
  return /^(?:\p{L}\.){2,}$/u.test(token.text) && next !== undefined && sentenceStarters.has(next.text);
}
