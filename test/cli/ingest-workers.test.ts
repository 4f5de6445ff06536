import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus, toJsonLines } from "../../bench/corpus.ts";
import type { Db } from "../../src/db/client.ts";
import { ingestArticle } from "../../src/ingest/ingest-article.ts";
import { useTestDbs } from "../helpers/db.ts";
import { removeTrees, writeTree } from "./ingest-fixtures.ts";
import { runCli } from "./run-cli.ts";

afterAll(removeTrees);

const freshDb = useTestDbs();

/** Every row ingest writes, ids included, in id order. */
async function everything(db: Db) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    articles: await db.article.findMany({ ...byId, omit: { createdAt: true } }),
    people: await db.person.findMany(byId),
    aliases: await db.personAlias.findMany(byId),
    personMentions: await db.personMention.findMany(byId),
    countryMentions: await db.countryMention.findMany(byId),
    statements: await db.statement.findMany({ ...byId, include: { mentionedCountries: { orderBy: { countryCode: "asc" } } } }),
    events: await db.event.findMany({ ...byId, include: { participants: { orderBy: { personId: "asc" } } } }),
    eventMentions: await db.eventMention.findMany(byId),
  };
}

describe("newsgraph ingest on worker threads", () => {
  // Past the size where the command starts workers (32): extraction runs on them, ahead of the writes.
  const corpus = generateCorpus(40, 7);

  it("stores a corpus exactly as ingesting its articles one after the other in process does, and finds it all stored on a rerun", { timeout: 300_000 }, async () => {
    const root = writeTree({ "corpus.jsonl": toJsonLines(corpus) });
    const [viaCli, inProcess] = [await freshDb(), await freshDb()];

    const first = await runCli(["ingest", join(root, "corpus.jsonl")], { env: { DATABASE_URL: viaCli.url } });
    const second = await runCli(["ingest", join(root, "corpus.jsonl")], { env: { DATABASE_URL: viaCli.url } });
    for (const article of corpus) await ingestArticle(inProcess.db, article);

    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/^Summary: 40 ingested, 0 unchanged, 0 failed$/m);
    // In the corpus' order, whichever worker extracted each article.
    expect([...first.stdout.matchAll(/^ingested .*corpus\.jsonl:(\d+): /gm)].map((match) => Number(match[1]))).toEqual(corpus.map((_, i) => i + 1));
    expect(second.stdout).toMatch(/^Summary: 0 ingested, 40 unchanged, 0 failed$/m);
    const stored = await everything(viaCli.db);
    expect(stored.statements.length).toBeGreaterThan(100);
    expect(stored).toEqual(await everything(inProcess.db));
  });
});
