import { beforeAll, describe, it } from "vitest";
import { ingestNordic, nordicArticles } from "../helpers/nordic-articles.ts";
import { type TestDb, useTestDbs } from "../helpers/db.ts";
import { runCli } from "./run-cli.ts";

const freshDb = useTestDbs();
let store: TestDb;
let ids: Record<"fisheriesTalks" | "dealExpected" | "harbourVisit", number>;

/** Three of the invented articles, stored once; each test works on a copy. */
beforeAll(async () => {
  store = await freshDb();
  ids = await ingestNordic(store.db, ["fisheriesTalks", "dealExpected", "harbourVisit"]);
  // A database being copied must have no connection open.
  await store.db.$disconnect();
});

async function copyOfStore() {
  const { db, url } = await freshDb({ template: store.name });
  return { db, env: { DATABASE_URL: url } };
}

// Each test has a database of its own: run them side by side. Each starts the CLI, which migrates
// and loads the extractor's lexicons: on a busy two-core machine that took over 25 s.
describe.concurrent("newsgraph reprocess", { timeout: 90_000 }, () => {
  it("reprocesses every article with a line each and a summary of the counts before and after", async ({ expect }) => {
    const { env } = await copyOfStore();

    const first = await runCli(["reprocess"], { env });

    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(`^article ${ids.fisheriesTalks} "${nordicArticles.fisheriesTalks.title}": 2 people, 2 statements, \\d+ events, \\d+ countries$`, "m"),
    );
    expect(first.stdout).toMatch(/^Reprocessed 3 of 3 articles$/m);
    expect(first.stdout).toMatch(/^Statements: 5 → 5$/m);
    expect(first.stdout).toMatch(/^People: 3 → 3$/m);
    expect(first.stdout).toMatch(/^Speaker corrections: 0 applied again, 0 without their statement$/m);
  });

  it("reports an article that cannot be stored again, keeps its facts, finishes the others and exits 1", async ({ expect }) => {
    const { db, env } = await copyOfStore();
    // A database that now refuses this article's statements: as a full disk or a broken constraint would.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_statements() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'statements of this article are refused'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_statements BEFORE INSERT ON "Statement"
       FOR EACH ROW WHEN (NEW."articleId" = ${ids.dealExpected}) EXECUTE FUNCTION refuse_statements()`,
    );
    const kept = await db.statement.findMany({ where: { articleId: ids.dealExpected } });

    const { code, stdout, stderr } = await runCli(["reprocess"], { env });

    expect(code).toBe(1);
    expect(stderr).toBe("newsgraph: 1 of 3 articles could not be reprocessed; they keep their previous facts\n");
    expect(stdout).toMatch(/^Reprocessed 2 of 3 articles$/m);
    expect(stdout).toMatch(
      new RegExp(`^Failed: article ${ids.dealExpected} "${nordicArticles.dealExpected.title}": \\S.*$`, "m"),
    );
    expect(stdout).toMatch(new RegExp(`^article ${ids.harbourVisit} ".*": 1 people, 1 statements`, "m"));
    expect(await db.statement.findMany({ where: { articleId: ids.dealExpected } })).toEqual(kept);
  });

  it("migrates a new database and finds nothing to do", async ({ expect }) => {
    const { url } = await freshDb({ template: null });
    const { code, stdout } = await runCli(["reprocess"], { env: { DATABASE_URL: url } });

    expect(code).toBe(0);
    expect(stdout).toBe("Reprocessed 0 of 0 articles\nStatements: 0 → 0\nPeople: 0 → 0\nEvents: 0 → 0\nSpeaker corrections: 0 applied again, 0 without their statement\n");
  });
});
