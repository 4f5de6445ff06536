// Parses the two plain-text article formats the project meets:
//
// eval format (shared/eval/dev/*.txt)      seed format (seeds/*.txt)
//   Xi, Putin begin talks …                  " date 2023-03-22 Share:"
//   <blank>                                  <blank>
//   MOSCOW-Xi Jinping said …                 MOSCOW-Xi Jinping said …
//   …                                        … February 2022. Xi, Putin begin talks …
//
// In the seed format the headline is the last line, either on its own or glued
// onto the end of the last paragraph after its final sentence.

export interface ArticleFile {
  title: string;
  /** The body: paragraphs separated by blank lines, ending with one newline, as in the eval files. */
  text: string;
  /** YYYY-MM-DD from a seed file's date line; null for the eval format, which carries no date. */
  publishedAt: string | null;
}

export class ArticleFileError extends Error {
  override name = "ArticleFileError";
}

const seedDateLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** Parses either format; `name` (a file name) only makes error messages clearer. */
export function parseArticleFile(content: string, name = "article"): ArticleFile {
  const lines = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) throw new ArticleFileError(`${name} is empty`);
  const dated = seedDateLine.exec(lines[first]!);
  return dated ? parseSeedFormat(lines.slice(first + 1), dated[1]!, name) : parseEvalFormat(lines.slice(first), name);
}

function parseEvalFormat(lines: string[], name: string): ArticleFile {
  const title = lines[0]!.trim();
  const text = joinBody(lines.slice(1));
  if (text === "") throw new ArticleFileError(`${name} has a title line but no body after it`);
  return { title, text, publishedAt: null };
}

function parseSeedFormat(lines: string[], publishedAt: string, name: string): ArticleFile {
  const last = lines.findLastIndex((line) => line.trim() !== "");
  if (last === -1) throw new ArticleFileError(`${name} has a date line but no body or headline`);
  const lastLine = lines[last]!.trim();
  const boundary = lastSentenceBoundary(lastLine);
  const title = lastLine.slice(boundary).trim();
  const rest = [...lines.slice(0, last), lastLine.slice(0, boundary)];
  const text = joinBody(rest);
  if (text === "") throw new ArticleFileError(`${name} has a headline ("${title}") but no body`);
  return { title, text, publishedAt };
}

/** The body's lines, trimmed at the ends and normalised to end with exactly one newline ("" when empty). */
function joinBody(lines: string[]): string {
  const body = lines
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
  return body === "" ? "" : `${body}\n`;
}

// A sentence ends at . ! or ? (optionally followed by closing quotes or
// brackets) and whitespace, before a capital, digit or opening quote; not after
// an initial ("U.S. Envoy", "Lloyd J. Austin") or a title ("Mr. Xi").
const sentenceEnd = /[.!?]["'”’)\]]*\s+(?=[\p{Lu}\d"'“‘])/gu;
const abbreviation = /(?:\b\p{L}\.)+$|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Lt|Col|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|No|vs)\.$/u;

/** Where the headline starts in a last line: after its last sentence end, or 0 when the whole line is the headline. */
function lastSentenceBoundary(line: string): number {
  let boundary = 0;
  for (const match of line.matchAll(sentenceEnd)) {
    const before = line.slice(0, match.index + 1);
    if (!abbreviation.test(before)) boundary = match.index + match[0].length;
  }
  return boundary;
}
