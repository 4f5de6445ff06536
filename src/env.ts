import { resolve } from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL such as postgresql://user:password@host:5432/newsgraph");

/** A positive whole number, `fallback` when unset. */
const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// The one place that reads process.env: validated here, trusted everywhere else.
const schema = z.object({
  // Unset: Newsgraph runs its own PostgreSQL server on NEWSGRAPH_DATA_DIR (src/db/embedded-cluster.ts).
  DATABASE_URL: postgresUrl.optional(),
  // The primary without a transaction pooler between, for what needs a session of its own
  // (migrations under an advisory lock, LISTEN); DATABASE_URL when unset.
  DATABASE_DIRECT_URL: postgresUrl.optional(),
  // Read-only standbys of DATABASE_URL: queries read from them; mutations read and write on the primary.
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((url) => url.trim()).filter((url) => url !== ""))
    .pipe(z.array(postgresUrl)),
  NEWSGRAPH_DATA_DIR: z.string().default("./data/postgres").transform((dir) => resolve(dir)),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  // Mutations need `Authorization: Bearer <this>`. Unset: the API is read-only.
  NEWSGRAPH_WRITE_TOKEN: z
    .string()
    .min(16, "NEWSGRAPH_WRITE_TOKEN must be at least 16 characters; a short token is easy to guess")
    .optional(),
  // Limits against hostile or mistaken traffic; README "Limits" says what each bounds.
  NEWSGRAPH_MAX_COST: count(25_000),
  NEWSGRAPH_MAX_DEPTH: count(20),
  NEWSGRAPH_MAX_ALIASES: count(30),
  NEWSGRAPH_MAX_TOKENS: count(2_000),
  NEWSGRAPH_MAX_DIRECTIVES: count(50),
  NEWSGRAPH_REQUEST_TIMEOUT_MS: count(10_000),
  NEWSGRAPH_POOL_SIZE: count(10),
  NEWSGRAPH_WRITE_POOL_SIZE: count(4),
  NEWSGRAPH_MAX_SUBSCRIBERS: count(1_000),
  NEWSGRAPH_SUBSCRIBER_QUEUE: count(1_000),
  NEWSGRAPH_SHUTDOWN_GRACE_MS: count(10_000),
});

export type Env = z.infer<typeof schema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const env = parsed.data;
  for (const name of ["DATABASE_DIRECT_URL", "DATABASE_REPLICA_URLS"] as const) {
    if (env.DATABASE_URL === undefined && source[name]) {
      throw new Error(`Invalid configuration:\n  ${name}: needs the primary in DATABASE_URL`);
    }
  }
  return env;
}
