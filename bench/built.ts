import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export type Library = typeof import("../src/library.ts");

let built: Promise<Library> | undefined;

/**
 * Newsgraph as `npm start` and `newsgraph ingest` run it: the build's JavaScript (src/library.ts compiled
 * to dist/cli/library.js, its extraction workers beside it), not this process's TypeScript. tsx defines
 * a name on every closure it makes and compiles the sources again in each worker thread, costs the build
 * does not have. Built once per run from the sources as they are (npm run build).
 */
export function builtLibrary(): Promise<Library> {
  built ??= (async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit", cwd: fileURLToPath(new URL("..", import.meta.url)) });
    return (await import(new URL("../dist/cli/library.js", import.meta.url).href)) as Library;
  })();
  return built;
}
