// Newsgraph as a library: what its commands run, for a program that runs it its own way. The benchmark
// loads it from the build (dist/cli/library.js, made by npm ci), so that it measures the code that
// `npm start` and `newsgraph ingest` run, not a transpiler's output.
export { databaseOn } from "./db/database.ts";
export { extractArticle } from "./extraction/index.ts";
export { extractionFor } from "./ingest/extraction-pool.ts";
export { ingestMany } from "./ingest/ingest-many.ts";
export { createNewsgraphYoga } from "./server/yoga.ts";
