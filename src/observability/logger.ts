import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * The process's logger: one JSON object per line on stdout (or `destination`). Credentials are
 * never logged on purpose; the redaction is a second guard should a header object slip into a line.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: { service: "newsgraph" },
      redact: { paths: ["authorization", "*.authorization", "headers.authorization", "*.headers.authorization", "writeToken"], censor: "[redacted]" },
    },
    destination,
  );
}

/** A logger that writes nothing: tests, and `createNewsgraphYoga({ logging: false })`. */
export const silentLogger: Logger = pino({ enabled: false });
