import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleFileError, parseArticleFile } from "../../src/ingest/article-file.ts";

const repo = join(import.meta.dirname, "..", "..");
const seedFile = join(repo, "seeds", "000_c44577c07f96a5bc.txt");
const evalSeedFile = join(repo, "..", "shared", "eval", "dev", "seed.txt");

describe("parseArticleFile", () => {
  it.each([
    [
      "Title\n\nFirst paragraph.\n\nSecond paragraph.\n", // eval format
      { title: "Title", text: "First paragraph.\n\nSecond paragraph.\n", publishedAt: null },
    ],
    [
      "\uFEFFTitle\r\n\r\nBody line one.\r\nBody line two.\r\n", // byte-order mark and CRLF line ends
      { title: "Title", text: "Body line one.\nBody line two.\n", publishedAt: null },
    ],
    [
      "\n\n  Title  \n\nBody.", // leading blank lines, padded title, no final newline
      { title: "Title", text: "Body.\n", publishedAt: null },
    ],
    [
      " date 2023-03-22 Share:\n\nIt rained. Then it stopped. Rain stops in Moscow\n", // seed: headline glued after the last sentence
      { title: "Rain stops in Moscow", text: "It rained. Then it stopped.\n", publishedAt: "2023-03-22" },
    ],
    [
      "date 2024-01-05\n\nFirst.\n\nLast paragraph.\n\nHeadline on its own line\n", // seed: headline as its own last line
      { title: "Headline on its own line", text: "First.\n\nLast paragraph.\n", publishedAt: "2024-01-05" },
    ],
    [
      "date 2024-01-05\n\nFirst.\nLast line ends here.\nU.S. Envoy Visits Mr. Xi\n", // initials and titles are not sentence ends
      { title: "U.S. Envoy Visits Mr. Xi", text: "First.\nLast line ends here.\n", publishedAt: "2024-01-05" },
    ],
    [
      "date 2024-01-05\n\nHe said “we agree.” Leaders agree on “peace”\n", // a sentence ending inside closing quotes
      { title: "Leaders agree on “peace”", text: "He said “we agree.”\n", publishedAt: "2024-01-05" },
    ],
    [
      "date 2024-01-05\n\nDid they meet? Yes. Will Xi meet Putin?\n", // a question as the headline
      { title: "Will Xi meet Putin?", text: "Did they meet? Yes.\n", publishedAt: "2024-01-05" },
    ],
  ])("parses %j", (content, expected) => {
    expect(parseArticleFile(content)).toEqual(expected);
  });

  it("gives the seed file exactly the title and body of the eval copy of the seed", () => {
    const seed = parseArticleFile(readFileSync(seedFile, "utf8"));
    const evalCopy = readFileSync(evalSeedFile, "utf8");
    const [title, blank, ...body] = evalCopy.split("\n");

    expect(seed).toEqual({ title, text: body.join("\n"), publishedAt: "2023-03-22" });
    expect(blank).toBe("");
    expect(seed.title).toBe("Xi, Putin begin talks at Kremlin with Ukraine on agenda");
    expect(seed.text.endsWith("since the start of the assault in February 2022.\n")).toBe(true);
    expect(parseArticleFile(evalCopy)).toEqual({ ...seed, publishedAt: null });
  });

  it.each([
    ["", /empty\.txt is empty/], // nothing at all
    [" \n\n\t\n", /empty\.txt is empty/], // whitespace only
    ["Just a title\n", /has a title line but no body/], // eval format without body
    ["Just a title\n\n\n", /has a title line but no body/], // eval format, blank lines after the title
    [" date 2023-03-22 Share:\n\n", /has a date line but no body or headline/], // seed format, nothing after the date
    ["date 2023-03-22\n\nOnly a headline\n", /has a headline \("Only a headline"\) but no body/], // seed format without body
  ])("rejects %j", (content, message) => {
    expect(() => parseArticleFile(content, "empty.txt")).toThrow(ArticleFileError);
    expect(() => parseArticleFile(content, "empty.txt")).toThrow(message);
  });
});
