// The server as a library: what `newsgraph serve` runs, for a program that serves it its own way (the
// benchmark loads it from the build, dist/cli/server.js, so that it measures the code `npm start` runs).
export { databaseOn } from "../db/database.ts";
export { createNewsgraphYoga } from "./yoga.ts";
