import { describe, expect, it } from "vitest";
import { ArticleFileError } from "../../src/ingest/article-file.ts";
import { parseArticleJsonLine } from "../../src/ingest/article-json-line.ts";

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe("parseArticleJsonLine", () => {
  it.each([
    [
      line({ id: "x1", title: "Ports reopen", publishedAt: "2024-03-01", url: "https://example.org/ports", source: "Harbour Daily", text: "Body.\n" }),
      { title: "Ports reopen", text: "Body.\n", publishedAt: "2024-03-01", url: "https://example.org/ports", source: "Harbour Daily" },
    ], // every field, with an id to ignore
    [
      line({ title: "Ports reopen", publishedAt: "2024-03-01", url: null, source: null, text: "Body.\n" }),
      { title: "Ports reopen", text: "Body.\n", publishedAt: "2024-03-01", url: undefined, source: undefined },
    ], // url and source written as null, as the eval set does
    [
      line({ title: "Ports reopen", text: "Body.\n" }),
      { title: "Ports reopen", text: "Body.\n", publishedAt: null, url: undefined, source: undefined },
    ], // only the required fields: no date yet
  ])("reads %s", (input, expected) => {
    expect(parseArticleJsonLine(input)).toEqual(expected);
  });

  it.each([
    ['{"title": "Ports reopen", "text": ', /^not valid JSON \(/], // cut off mid-object
    ['["Ports reopen", "Body."]', /^the line is not a JSON object$/], // an array
    ["42", /^the line is not a JSON object$/], // a bare number
    [line({ text: "Body.\n" }), /^title must be a string$/], // no title
    [line({ title: 7, text: "Body.\n" }), /^title must be a string$/], // a title that is a number
    [line({ title: "Ports reopen" }), /^text must be a string$/], // no text
    [line({ title: "Ports reopen", text: "Body.\n", publishedAt: "2024-02-30" }), /^publishedAt must be a real date/], // no such day
    [line({ title: "Ports reopen", text: "Body.\n", publishedAt: "1 March 2024" }), /^publishedAt must be a real date/], // not YYYY-MM-DD
    [line({ title: "Ports reopen", text: "Body.\n", url: 12 }), /^url must be a string or null$/], // a url that is a number
    [line({ text: 1, title: 2 }), /^title must be a string; text must be a string$/], // every problem, not just the first
  ])("rejects %s with a reason", (input, reason) => {
    expect(() => parseArticleJsonLine(input)).toThrow(ArticleFileError);
    expect(() => parseArticleJsonLine(input)).toThrow(reason);
  });
});
