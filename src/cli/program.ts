import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { z } from "zod";
import { CliError } from "./cli-error.ts";

const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")));

function parseDate(value: string): string {
  if (!z.iso.date().safeParse(value).success) throw new InvalidArgumentError("Expected a real date written YYYY-MM-DD.");
  return value;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("Expected a port number, 0 to 65535.");
  return port;
}

const dateHelp = "publication date, YYYY-MM-DD (default: the file's date line)";

// Each action imports its command only when it runs: `--help` and `extract` never load Prisma or the GraphQL schema.
function createProgram(): Command {
  const program = new Command("newsgraph")
    .description("A GraphQL knowledge base of who said what, about which countries, at which events, extracted from news articles.")
    .version(version)
    .exitOverride()
    .showHelpAfterError("(run newsgraph --help for usage)");

  program
    .command("extract")
    .description("print the people, countries, statements and events found in an article, as JSON")
    .argument("<file>", 'article file: title line, blank line, body; or a seed file; "-" reads stdin')
    .option("--date <YYYY-MM-DD>", dateHelp, parseDate)
    .action(async (file: string, options: { date?: string }) => (await import("./extract-command.ts")).extractCommand(file, options));

  program
    .command("ingest")
    .description("extract articles and store them with their facts in the database (once each), then print a summary")
    .argument(
      "<paths...>",
      'article files (as for extract), .jsonl files (one JSON article per line: title, text, publishedAt, url, source), ' +
        'folders (every .txt and .jsonl file below, in name order; hidden ones skipped), or "-" for stdin ' +
        '(JSON lines when it starts with "{", else one article)',
    )
    .option("--date <YYYY-MM-DD>", "publication date of the articles that give none", parseDate)
    .option("--url <url>", "the article's URL, when PATHS hold one article: a second article with the same URL is not stored")
    .option("--source <name>", "the outlet that published it, when PATHS hold one article")
    .addHelpText(
      "after",
      "\nA progress bar shows on a terminal, else one line per article; a summary follows.\n" +
        "Exit code: 0; 1 when any article failed (the others are still stored); 2 for a usage error.",
    )
    .action(async (paths: string[], options: { date?: string; url?: string; source?: string }) =>
      (await import("./ingest-command.ts")).ingestCommand(paths, options),
    );

  program
    .command("seed")
    .description("migrate the database, then load the countries and the articles in seeds/ (rerunnable)")
    .action(async () => (await import("./seed-command.ts")).seedCommand());

  program
    .command("migrate")
    .description("apply pending database migrations (every other command does too)")
    .action(async () => (await import("./migrate-command.ts")).migrateCommand());

  program
    .command("reprocess")
    .description("run the current extractor over every stored article again, keeping curated merges and corrections")
    .action(async () => (await import("./reprocess-command.ts")).reprocessCommand());

  program
    .command("serve")
    .description("migrate, seed an empty database, and serve GraphQL at /graphql")
    .option("--port <n>", "port to listen on (default: PORT, else 4000)", parsePort)
    .action(async (options: { port?: number }) => (await import("./serve-command.ts")).serveCommand(options));

  return program;
}

/**
 * Runs the CLI on `args` (without node and the script) and returns the exit
 * code: 0, 1 for a failure, 2 for a usage error. Failures are reported as one
 * line on stderr, without a stack trace.
 */
export async function runCli(args: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(args, { from: "user" });
    return 0;
  } catch (error) {
    // Commander has printed its message already: --help and --version succeed, anything else is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`newsgraph: ${message.replace(/\s*\n\s*/g, " ")}`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
