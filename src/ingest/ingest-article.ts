import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { factWritesLock } from "../db/fact-writes.ts";
import { notifyArticleStored } from "../db/notifications.ts";
import { extractArticle } from "../extraction/index.ts";
import type { ArticleInput, Extraction } from "../extraction/types.ts";
import { type Article, Prisma } from "../generated/prisma/client.ts";
import { ensureCountriesOnce } from "./countries.ts";
import { IngestError } from "./ingest-error.ts";
import { articlesIngested, extractionSeconds } from "./ingest-metrics.ts";
import { utcDate } from "./utc-date.ts";
import { type IngestCounts, writeExtraction } from "./write-extraction.ts";

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
  return storeArticle(db, article, extraction);
}

/** Validates an article's input (IngestError when it cannot be stored) and hashes its content. */
export function prepareArticle(input: IngestInput): PreparedArticle {
  const parsed = parseInput(input);
  return { ...parsed, contentHash: hashContent(parsed.title, parsed.text) };
}

/**
 * Writes a new article and its extraction in one transaction. When another
 * writer stored the same article (content hash or URL) since `findStored` was
 * asked, that one is returned instead.
 */
export async function storeArticle(db: Db, prepared: PreparedArticle, extraction: Extraction): Promise<IngestResult> {
  const { contentHash, url = null, title, source = null, text, publishedAt } = prepared;
  await ensureCountriesOnce(db);
  try {
    return await db.$transaction(
      async (tx) => {
        // One statement: the row, then the fact writers' lock (taken after the insert, which may wait on a
        // writer storing the same article), and the notice that goes out when the transaction commits.
        const [article] = await tx.$queryRaw<Article[]>`
          WITH article AS (
            INSERT INTO "Article" ("contentHash", "url", "title", "source", "text", "publishedAt")
            VALUES (${contentHash}, ${url}, ${title}, ${source}, ${text}, ${utcDate(publishedAt)}::timestamp(3))
            RETURNING *),
          locked AS (SELECT ${factWritesLock}, ${notifyArticleStored(Prisma.sql`article."id"`)} FROM article)
          SELECT article.* FROM article, locked`;
        const counts = await writeExtraction(tx, article!, extraction);
        return { article: article!, created: true, counts };
      },
      // Ingests take turns (factWritesLock) on a small pool: a burst of them waits for a connection
      // longer than Prisma's default 2 s before the transaction starts.
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    // Another writer stored the same article between our look-up and our insert.
    const [racedTo] = isUniqueViolation(error) ? await findStored(db, [prepared]) : [null];
    if (racedTo) return racedTo;
    throw error;
  }
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

/**
 * For each article, the stored one with the same content hash, else the same
 * URL, with its facts counted; null when there is none. One query for them all.
 */
export async function findStored(db: Db, articles: Pick<PreparedArticle, "contentHash" | "url">[]): Promise<(IngestResult | null)[]> {
  if (articles.length === 0) return [];
  const urls = articles.flatMap((article) => (article.url ? [article.url] : []));
  const rows = await db.article.findMany({
    where: { OR: [{ contentHash: { in: articles.map((article) => article.contentHash) } }, ...(urls.length > 0 ? [{ url: { in: urls } }] : [])] },
    include: { _count: { select: { personMentions: true, statements: true, eventMentions: true, countryMentions: true } } },
  });
  return articles.map(({ contentHash, url }) => {
    const found = rows.find((row) => row.contentHash === contentHash) ?? (url ? rows.find((row) => row.url === url) : undefined);
    if (!found) return null;
    const { _count, ...article } = found;
    return {
      article,
      created: false,
      counts: {
        people: _count.personMentions,
        statements: _count.statements,
        events: _count.eventMentions,
        countries: _count.countryMentions,
      },
    };
  });
}

/** P2002 from Prisma's own queries; a raw statement's reports the driver's kind instead (P2010). */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === "P2002" || cause?.kind === "UniqueConstraintViolation";
}
