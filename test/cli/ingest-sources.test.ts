import { rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { type ArticleDefaults, openArticleSources, type SourcedArticle } from "../../src/cli/article-sources.ts";
import { CliError } from "../../src/cli/cli-error.ts";
import { binaryBytes, forestLine, grainVisit, harbourLine, oceanTalks, patrolCall, removeTrees, writeTree } from "./ingest-fixtures.ts";

afterAll(removeTrees);

async function sourcesOf(paths: string[], defaults: ArticleDefaults = {}, stdin = "") {
  const sources = await openArticleSources(paths, defaults, Readable.from([Buffer.from(stdin)]));
  const items: SourcedArticle[] = [];
  for await (const item of sources.articles()) items.push(item);
  return { total: sources.total, items };
}

/** "origin → title" or "origin ✗ reason", to compare a run at a glance. */
const outline = ({ items }: { items: SourcedArticle[] }) =>
  items.map((item) => ("error" in item ? `${item.origin} ✗ ${item.error}` : `${item.origin} → ${item.article.title}`));

describe("openArticleSources", () => {
  it("walks a folder recursively in name order, taking .txt and .jsonl files and skipping hidden ones", async () => {
    const root = writeTree({
      "b.txt": oceanTalks,
      "a/z.txt": patrolCall,
      "a/feed.jsonl": `${harbourLine}\n${forestLine}`,
      "a/gold.json": "{}",
      "notes.md": grainVisit,
      ".draft.txt": grainVisit,
      ".cache/old.txt": grainVisit,
    });

    const sources = await sourcesOf([root], { date: "2024-01-15" });

    expect(outline(sources).map((line) => line.replace(root, "ROOT"))).toEqual([
      "ROOT/a/feed.jsonl:1 → Portugal and Morocco open a ferry line",
      "ROOT/a/feed.jsonl:3 → Brazil and Peru sign a forest pact",
      "ROOT/a/z.txt → Australia and Japan talk patrols by phone",
      "ROOT/b.txt → Norway and Chile agree on joint ocean research",
    ]);
    expect(sources.total).toBe(4);
  });

  it("keeps the order of the paths given, and takes a named file whatever its extension", async () => {
    const root = writeTree({ "a.txt": oceanTalks, "b.article": grainVisit });

    const sources = await sourcesOf([join(root, "b.article"), join(root, "a.txt")], { date: "2024-01-15" });

    expect(outline(sources).map((line) => line.replace(`${root}/`, ""))).toEqual([
      "b.article → Kenya's trade minister visits Egypt to discuss grain",
      "a.txt → Norway and Chile agree on joint ocean research",
    ]);
  });

  it("dates an article from its own date line first, then from --date", async () => {
    const root = writeTree({ "dated.txt": patrolCall, "undated.txt": oceanTalks });

    const { items } = await sourcesOf([root], { date: "2024-01-15" });

    expect(items.map((item) => ("article" in item ? item.article.publishedAt : item.error))).toEqual(["2024-02-05", "2024-01-15"]);
  });

  it("reports each bad line of a .jsonl file by its line number and still reads the others", async () => {
    const root = writeTree({ "feed.jsonl": `${harbourLine}not json at all\n${forestLine}{"title": 1, "text": "Body."}\n` });

    const sources = await sourcesOf([join(root, "feed.jsonl")]);

    expect(outline(sources).map((line) => line.replace(`${root}/`, ""))).toEqual([
      "feed.jsonl:1 → Portugal and Morocco open a ferry line",
      expect.stringMatching(/^feed\.jsonl:2 ✗ not valid JSON \(/),
      "feed.jsonl:3 → Brazil and Peru sign a forest pact",
      "feed.jsonl:4 ✗ title must be a string",
    ]);
    expect(sources.total).toBe(4);
  });

  it.each<[string, Record<string, string | Uint8Array>, string, RegExp]>([
    ["a missing path", {}, "nothing-here.txt", /^no such file$/],
    ["a binary file", { "tool.txt": binaryBytes }, "tool.txt", /^is not UTF-8 text \(a binary file\?\)$/],
    ["a Latin-1 file", { "cafe.txt": Buffer.from("Caf\xe9 talks\n\nA body.\n", "latin1") }, "cafe.txt", /^is not UTF-8 text/],
    ["an empty file", { "empty.txt": "" }, "empty.txt", /^article is empty$/],
    ["a title without a body", { "title.txt": "Just a headline\n" }, "title.txt", /^article has a title line but no body after it$/],
    ["a file larger than any article", { "huge.txt": `Huge\n\n${"word ".repeat(420_000)}` }, "huge.txt", /^is 2\.1 MB: an article file holds at most 2 MB$/],
    ["a path through a file", { "a.txt": oceanTalks }, "a.txt/inner.txt", /^a part of the path is not a folder$/],
    ["an undated article without --date", { "a.txt": oceanTalks }, "a.txt", /^no publication date: pass --date YYYY-MM-DD/],
    ["an empty .jsonl file", { "feed.jsonl": "\n\n" }, "feed.jsonl", /^holds no article lines$/],
  ])("reports %s as one failure naming the reason", async (_case, files, path, reason) => {
    const root = writeTree(files);

    const { total, items } = await sourcesOf([join(root, path)]);

    expect(total).toBe(1);
    expect(items).toEqual([{ origin: join(root, path), error: expect.stringMatching(reason) }]);
  });

  it("reports a symbolic link loop and a broken link to an article, skips other broken links, and walks a linked folder once", async () => {
    const root = writeTree({ "a.txt": oceanTalks });
    symlinkSync("loop.txt", join(root, "loop.txt"));
    symlinkSync("missing-target", join(root, "gone.txt"));
    symlinkSync("missing-target", join(root, "gone.png"));
    symlinkSync(".", join(root, "self"));

    const sources = await sourcesOf([root], { date: "2024-01-15" });

    expect(outline(sources).map((line) => line.replace(`${root}/`, ""))).toEqual([
      "a.txt → Norway and Chile agree on joint ocean research",
      "gone.txt ✗ no such file",
      "loop.txt ✗ too many symbolic links (a loop?)",
    ]);
  });

  it("reads each file only when its turn comes, so a file gone by then is one failure", async () => {
    const root = writeTree({ "a.txt": oceanTalks, "b.txt": grainVisit });
    const sources = await openArticleSources([root], { date: "2024-01-15" }, Readable.from([]));

    rmSync(join(root, "b.txt"));
    const items: SourcedArticle[] = [];
    for await (const item of sources.articles()) items.push(item);

    expect(sources.total).toBe(2);
    expect(items.map((item) => ("error" in item ? item.error : item.article.title))).toEqual([
      "Norway and Chile agree on joint ocean research",
      "no such file",
    ]);
  });

  it.each<[string, string, string[]]>([
    ["one article", oceanTalks, ["stdin → Norway and Chile agree on joint ocean research"]], // a text article
    [
      "JSON lines",
      `\n${harbourLine}${forestLine}`,
      ["stdin:2 → Portugal and Morocco open a ferry line", "stdin:3 → Brazil and Peru sign a forest pact"],
    ], // starts with "{" after a blank line
    ["nothing", "", ["stdin ✗ article is empty"]], // an empty stream
    ["binary bytes", Buffer.from(binaryBytes).toString("latin1"), ["stdin ✗ is not UTF-8 text (a binary file?)"]], // not text
  ])('reads stdin for "-" holding %s', async (_case, stdin, expected) => {
    expect(outline(await sourcesOf(["-"], { date: "2024-01-15" }, stdin))).toEqual(expected);
  });

  it('refuses "-" given twice as a usage error', async () => {
    const opening = openArticleSources(["-", "-"], {}, Readable.from([]));

    await expect(opening).rejects.toThrow(CliError);
    await expect(opening).rejects.toMatchObject({ exitCode: 2, message: '"-" (stdin) can be given only once' });
  });

  it.each<[string, string, { url?: string; source?: string }]>([
    ["fill in what the article lacks", forestLine, { url: "https://example.org/wire", source: "Wire" }], // url and source null
    ["leave the article's own alone", harbourLine, { url: "https://example.org/ferry", source: "Coastal Wire" }], // both given
  ])("has --url and --source %s", async (_case, line, expected) => {
    const root = writeTree({ "one.jsonl": line });

    const { items } = await sourcesOf([join(root, "one.jsonl")], { url: "https://example.org/wire", source: "Wire" });

    expect(items[0]).toMatchObject({ article: expected });
  });
});
