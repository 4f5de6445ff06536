import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, inject, it } from "vitest";
import { databaseUrlOn, withClient } from "../../src/db/pg-client.ts";
import { useTestDbs } from "../helpers/db.ts";
import { grainVisit, harbourLine, oceanTalks, patrolCall, removeTrees, writeTree } from "./ingest-fixtures.ts";
import { runCli } from "./run-cli.ts";

afterAll(removeTrees);

const root = writeTree({
  "desk/oslo.txt": oceanTalks,
  "desk/canberra.txt": patrolCall,
  "desk/wire.jsonl": `${harbourLine}{"title": "No body"}\n`,
});
const desk = join(root, "desk");
const freshDb = useTestDbs();
/** A database of its own for each test, dropped after the suite. */
const databaseEnv = async () => ({ DATABASE_URL: (await freshDb()).url });

const databaseExists = (name: string) =>
  withClient(inject("databaseServerUrl"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });

// Each test has a database of its own: run them side by side.
describe.concurrent("newsgraph ingest", () => {
  it(
    "ingests folders, .jsonl lines and stdin past the failures, sums up, fails with 1, and finds it all stored on a rerun",
    async ({ expect }) => {
      const env = await databaseEnv();
      const missing = join(root, "missing.txt");

      const first = await runCli(["ingest", desk, missing, "-", "--date", "2024-01-15"], { env, stdin: grainVisit });
      const second = await runCli(["ingest", join(desk, "oslo.txt"), join(desk, "canberra.txt"), "--date", "2024-01-15"], { env });

      expect(first.code).toBe(1);
      expect(first.stdout.replaceAll(`${root}/`, "")).toMatch(
        new RegExp(
          [
            String.raw`^ingested desk/canberra\.txt: Australia and Japan talk patrols by phone \(\d+ people, \d+ statements, \d+ events, \d+ countries\)`,
            String.raw`ingested desk/oslo\.txt: Norway and Chile agree on joint ocean research \(.*\)`,
            String.raw`ingested desk/wire\.jsonl:1: Portugal and Morocco open a ferry line \(.*\)`,
            String.raw`failed desk/wire\.jsonl:2: text must be a string`,
            String.raw`failed missing\.txt: no such file`,
            String.raw`ingested stdin: Kenya's trade minister visits Egypt to discuss grain \(.*\)`,
            String.raw`Summary: 4 ingested, 0 unchanged, 2 failed`,
            String.raw`Failed:`,
            String.raw`  desk/wire\.jsonl:2: text must be a string`,
            String.raw`  missing\.txt: no such file`,
            "$",
          ].join("\n"),
        ),
      );
      expect(first.stderr).toBe("newsgraph: 2 of 6 articles failed\n");
      expect(second.stderr).toBe("");
      expect(second.code).toBe(0);
      expect(second.stdout.replaceAll(`${desk}/`, "")).toBe(
        [
          "unchanged oslo.txt: Norway and Chile agree on joint ocean research",
          "unchanged canberra.txt: Australia and Japan talk patrols by phone",
          "Summary: 0 ingested, 2 unchanged, 0 failed",
          "",
        ].join("\n"),
      );
    },
    120_000,
  );

  it.for<[string, string[], number, RegExp]>([
    ["no path", ["ingest"], 2, /missing required argument 'paths'/],
    ["--url for two articles", ["ingest", desk, "--url", "https://example.org/a"], 2, /^newsgraph: --url and --source describe one article, but .*desk hold 4$/m],
    ["--source for two articles", ["ingest", join(desk, "oslo.txt"), "-", "--source", "Wire"], 2, /^newsgraph: --url and --source describe one article, but .* hold 2$/m],
    ['"-" twice', ["ingest", "-", "-"], 2, /^newsgraph: "-" \(stdin\) can be given only once$/m],
    ["an impossible --date", ["ingest", desk, "--date", "2024-13-01"], 2, /argument '2024-13-01' is invalid\. Expected a real date/],
    ["a folder without article files", ["ingest", join(root, "db")], 1, /^newsgraph: no article files in .*db: folders are searched for \.txt and \.jsonl files$/m],
  ])("refuses %s before touching the database", { timeout: 60_000 }, async ([name, args, exitCode, message], { expect }) => {
    mkdirSync(join(root, "db"), { recursive: true });
    // A database nobody made: touching it would fail, and nothing may create it.
    const database = `newsgraph_never_made_${name.replace(/\W+/g, "_")}`;
    const env = { DATABASE_URL: databaseUrlOn(inject("databaseServerUrl"), database) };

    const { code, stdout, stderr } = await runCli(args, { env });

    expect(code).toBe(exitCode);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(await databaseExists(database)).toBe(false);
  });
});
