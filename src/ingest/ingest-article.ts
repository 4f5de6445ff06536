import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { extractArticle } from "../extraction/index.ts";
import type { ArticleInput, Extraction } from "../extraction/types.ts";
import type { Article } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";
import { articlesIngested, extractionSeconds } from "./ingest-metrics.ts";
import { findStored, storeArticles } from "./store-articles.ts";
import type { IngestCounts } from "./write-extraction.ts";

const maxTextBytes = 1_000_000;
// C0 controls other than tab, newline and carriage return, and DEL: the mark of a binary file.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const readableText = (what: string, maxBytes: number) =>
  z
    .string({ error: `${what} must be a string` })
    .refine((value) => value.trim() !== "", `${what} must not be empty`)
    .refine((value) => Buffer.byteLength(value) <= maxBytes, `${what} must be at most ${maxBytes} bytes`)
    .refine((value) => !controlCharacter.test(value), `${what} contains binary control characters`);

const ingestInputSchema = z.object({
  // Trimmed: a title's spans index the title as stored. The text is kept as given, for the same reason.
  title: readableText("title", 1_000).transform((title) => title.trim()),
  text: readableText("text", maxTextBytes),
  publishedAt: z.iso.date({ error: "publishedAt must be a real date written YYYY-MM-DD" }),
  url: z.url({ protocol: /^https?$/, error: "url must be an http(s) URL" }).optional(),
  source: readableText("source", 1_000).transform((source) => source.trim()).optional(),
});

export type IngestInput = z.input<typeof ingestInputSchema>;

export interface IngestResult {
  article: Article;
  /** false when the article was already stored (same content hash or URL): nothing was changed. */
  created: boolean;
  /** The article's facts in the database: people and countries mentioned, statements, events reported. */
  counts: IngestCounts;
}

export type Extractor = (input: ArticleInput) => Extraction;

/** An article's input once validated, with the content hash that keys it. */
export type PreparedArticle = ReturnType<typeof parseInput> & { contentHash: string };

/**
 * Stores an article and everything extracted from it, once. The article's
 * natural keys are its content hash and its URL; when either is already stored
 * the stored article is returned and nothing is written. Otherwise all rows are
 * written in one transaction: an extraction that cannot be stored leaves none.
 * Its commit notifies every listening server (`statementAdded`).
 */
export async function ingestArticle(
  db: Db,
  input: IngestInput,
  extract: Extractor = extractArticle,
): Promise<IngestResult> {
  try {
    const result = await ingestOne(db, input, extract);
    // Counted here, where the server ingests (the mutation): a CLI run's counts would die with its process.
    articlesIngested.inc({ outcome: result.created ? "created" : "unchanged" });
    return result;
  } catch (error) {
    articlesIngested.inc({ outcome: "failed" });
    throw error;
  }
}

async function ingestOne(db: Db, input: IngestInput, extract: Extractor): Promise<IngestResult> {
  const article = prepareArticle(input);
  const [existing] = await findStored(db, [article]);
  if (existing) return existing;
  const { title, text, publishedAt } = article;
  const stopTimer = extractionSeconds.startTimer();
  const extraction = extract({ title, text, publishedAt });
  stopTimer();
  const [stored] = await storeArticles(db, [{ article, extraction }]);
  if ("error" in stored!) throw stored.error;
  return stored!.result;
}

/** Validates an article's input (IngestError when it cannot be stored) and hashes its content. */
export function prepareArticle(input: IngestInput): PreparedArticle {
  const parsed = parseInput(input);
  return { ...parsed, contentHash: hashContent(parsed.title, parsed.text) };
}

function parseInput(input: IngestInput) {
  const parsed = ingestInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    throw new IngestError(`Invalid article: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** sha256 of title and text with Unicode composed and whitespace runs collapsed, so re-wrapped copies match. */
function hashContent(title: string, text: string): string {
  const normalise = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(`${normalise(title)}\n${normalise(text)}`).digest("hex");
}
