import { runCli } from "./program.ts";

// Set the code rather than exit: `serve` keeps running until its server closes.
process.exitCode = await runCli(process.argv.slice(2));
