import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/**
 * Applies pending migrations to the SQLite database at `url` with Prisma's own
 * `migrate deploy`, so the `_prisma_migrations` history stays the one the CLI
 * expects. Rerunning it is a no-op.
 */
export async function migrate(url: string): Promise<void> {
  try {
    await run(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`Migrating ${url} failed:\n${stderr || stdout || String(error)}`);
  }
}
