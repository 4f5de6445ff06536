/** A failure to report to the user as one line, with the process exit code to use (2: a usage error). */
export class CliError extends Error {
  override name = "CliError";

  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
