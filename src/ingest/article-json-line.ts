// Parses one line of a JSON-lines article file, as in shared/eval/dev.jsonl:
//   {"id": "…", "title": "…", "publishedAt": "2023-03-22", "url": "…", "source": "…", "text": "…"}
// Only title and text are required; other fields (such as "id") are ignored.

import { z } from "zod";
import { type ArticleFile, ArticleFileError } from "./article-file.ts";

export interface ArticleRecord extends ArticleFile {
  url?: string;
  source?: string;
}

// null and absent mean the same: the eval set writes `"url": null` for an article without one.
const optionalString = (field: string) =>
  z
    .string({ error: `${field} must be a string or null` })
    .nullish()
    .transform((value) => value ?? undefined);

const articleLineSchema = z.object(
  {
    title: z.string({ error: "title must be a string" }),
    text: z.string({ error: "text must be a string" }),
    publishedAt: z.iso
      .date({ error: "publishedAt must be a real date written YYYY-MM-DD" })
      .nullish()
      .transform((value) => value ?? null),
    url: optionalString("url"),
    source: optionalString("source"),
  },
  { error: "the line is not a JSON object" },
);

/** Parses one non-empty line; throws an ArticleFileError saying what is wrong with it. */
export function parseArticleJsonLine(line: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ArticleFileError(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = articleLineSchema.safeParse(value);
  if (!parsed.success) throw new ArticleFileError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}
