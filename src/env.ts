import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";

// The one place that reads process.env: validated here, trusted everywhere else.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite URL such as file:./data/newsgraph.db")
    .default("file:./data/newsgraph.db"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  // Mutations need `Authorization: Bearer <this>`. Unset: the API is read-only.
  NEWSGRAPH_WRITE_TOKEN: z
    .string()
    .min(16, "NEWSGRAPH_WRITE_TOKEN must be at least 16 characters; a short token is easy to guess")
    .optional(),
});

export type Env = z.infer<typeof schema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** The SQLite URL to use, with its folder created so that the first run works. */
export function databaseUrl(env: Env = loadEnv()): string {
  const file = env.DATABASE_URL.slice("file:".length);
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  return env.DATABASE_URL;
}
