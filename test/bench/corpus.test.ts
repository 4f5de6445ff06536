import { describe, expect, it } from "vitest";
import { generateCorpus, toJsonLines } from "../../bench/corpus.ts";
import { parseArticleJsonLine } from "../../src/ingest/article-json-line.ts";

describe("the benchmark corpus", () => {
  it.each([
    [1, 25], // the default seed
    [20_240_501, 25], // a large seed
  ])("is the same every time for seed %i", (seed, count) => {
    expect(toJsonLines(generateCorpus(count, seed))).toBe(toJsonLines(generateCorpus(count, seed)));
  });

  it("differs between seeds", () => {
    expect(generateCorpus(5, 1).map((article) => article.text)).not.toEqual(generateCorpus(5, 2).map((article) => article.text));
  });

  it("writes lines that the article JSON-lines parser reads back unchanged", () => {
    const articles = generateCorpus(40, 3);
    const lines = toJsonLines(articles).trimEnd().split("\n");
    expect(lines.map(parseArticleJsonLine)).toEqual(articles.map((article) => ({ ...article, source: undefined })));
  });

  it("gives every article its own URL and a news-sized text of about 2 to 6 KB", () => {
    const articles = generateCorpus(100, 4);
    expect(new Set(articles.map((article) => article.url)).size).toBe(articles.length);
    for (const { text } of articles) {
      expect(Buffer.byteLength(text)).toBeGreaterThan(1_500);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(6_200);
    }
  });
});
