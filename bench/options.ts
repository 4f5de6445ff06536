import { z } from "zod";

/** A command-line count such as `--articles 200`: commander hands it over as a string. */
export const positiveWhole = (option: string) =>
  z.coerce.number({ error: `${option} must be a number` }).int(`${option} must be a whole number`).positive(`${option} must be at least 1`);

export const seed = z.coerce.number({ error: "--seed must be a number" }).int("--seed must be a whole number");

/** Validates commander's options; a bad one ends the program with every problem on one line. */
export function parseOptions<Schema extends z.ZodType>(schema: Schema, options: unknown, fail: (message: string) => never): z.output<Schema> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data as z.output<Schema>;
}
