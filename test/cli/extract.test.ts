import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { repo, runCli } from "./run-cli.ts";

const evalSeed = join(repo, "..", "shared", "eval", "dev", "seed.txt");
const seedFile = join(repo, "seeds", "000_c44577c07f96a5bc.txt");
const { version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };

interface Printed {
  title: string;
  publishedAt: string;
  people: { name: string; aliases: string[]; role: string | null; country: string | null }[];
  countries: string[];
  statements: { speaker: string; kind: string; text: string; span: { start: number; end: number } }[];
  events: { type: string; participants: string[]; place: string | null; country: string | null; date: string | null }[];
}

// Two tests read the extraction of the eval copy: run it once.
let evalSeedRun: ReturnType<typeof runCli> | undefined;
const extractEvalSeed = () => (evalSeedRun ??= runCli(["extract", evalSeed, "--date", "2023-03-22"]));

// Each test starts its own CLI process: run them side by side.
describe.concurrent("newsgraph", () => {
  it("lists its commands in --help", async ({ expect }) => {
    const { code, stdout } = await runCli(["--help"]);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: newsgraph \[options\] \[command\]/);
    for (const command of ["extract", "ingest", "seed", "serve"]) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
  });

  it("prints the version of package.json", async ({ expect }) => {
    const { code, stdout } = await runCli(["--version"]);

    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it("extracts the eval copy of the seed as gold-shaped JSON, with Xi Jinping and his statements", async ({ expect }) => {
    const { code, stdout, stderr } = await extractEvalSeed();

    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Printed;
    expect(Object.keys(printed)).toEqual(["title", "publishedAt", "people", "countries", "statements", "events"]);
    expect(printed.title).toBe("Xi, Putin begin talks at Kremlin with Ukraine on agenda");
    expect(printed.publishedAt).toBe("2023-03-22");
    expect(printed.people).toContainEqual(expect.objectContaining({ name: "Xi Jinping", aliases: ["Xi"], country: "CN" }));
    expect(printed.countries).toEqual(expect.arrayContaining(["CN", "RU", "UA", "JP"]));
    expect(printed.statements.filter((statement) => statement.speaker === "Xi Jinping").length).toBeGreaterThan(0);
    expect(printed.statements[0]).toEqual(
      expect.objectContaining({ kind: expect.stringMatching(/^(direct|reported)$/), span: expect.any(Object), extractor: expect.any(String) }),
    );
  });

  it("takes the date and headline from a seed file, and prints what the eval copy gives", async ({ expect }) => {
    const [fromSeed, fromEval] = await Promise.all([runCli(["extract", seedFile]), extractEvalSeed()]);

    expect(fromSeed.code).toBe(0);
    expect(JSON.parse(fromSeed.stdout)).toEqual(JSON.parse(fromEval.stdout));
  });

  it("reads the article from stdin when FILE is -", async ({ expect }) => {
    const { code, stdout } = await runCli(["extract", "-", "--date", "2023-03-22"], { stdin: readFileSync(evalSeed, "utf8") });

    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Printed).people.map((person) => person.name)).toContain("Xi Jinping");
  });

  it.for<[string[], number, RegExp]>([
    [["extract", evalSeed], 2, /^newsgraph: .*seed\.txt gives no publication date: pass --date YYYY-MM-DD/], // eval format, no --date
    [["extract", evalSeed, "--date", "2023-02-30"], 2, /argument '2023-02-30' is invalid\. Expected a real date/], // no such day
    [["extract"], 2, /missing required argument 'file'/], // no FILE
    [["extract", join(repo, "no-such-file.txt"), "--date", "2023-03-22"], 1, /^newsgraph: .*no-such-file\.txt: no such file$/], // unreadable FILE
    [["frobnicate"], 2, /unknown command 'frobnicate'/], // a command that does not exist
  ])("fails on %j with exit code %i and one clear message", async ([args, exitCode, message], { expect }) => {
    const { code, stdout, stderr } = await runCli(args);

    expect(code).toBe(exitCode);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("reports an empty stdin as an empty article", async ({ expect }) => {
    const { code, stderr } = await runCli(["extract", "-", "--date", "2023-03-22"]);

    expect(code).toBe(1);
    expect(stderr).toBe("newsgraph: stdin is empty\n");
  });
});
