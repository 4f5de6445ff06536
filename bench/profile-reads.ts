import { Command } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { createTempDb, startTempServer } from "../src/db/temp-db.ts";
import { loadChecked } from "./load.ts";
import { parseOptions, positiveWhole } from "./options.ts";
import { contenders, post } from "./side-by-side/contenders.ts";
import { fillReadSet } from "./side-by-side/data.ts";
import { readRequest } from "./side-by-side/read-query.ts";

// npm run bench:profile [-- --duration 10 --out reads.cpuprofile]
// Where a nested read's time goes in Newsgraph: the side-by-side `nested` load on Newsgraph alone, under
// V8's CPU profiler (the profile covers the measured seconds only, not the fill or the warm-up), and the
// time by where it was spent: a package, a file of src/ (through the build's source maps), or V8's own. The .cpuprofile opens in Chrome's DevTools (Performance) or speedscope.

const program = new Command("bench:profile")
  .description("Profiles Newsgraph under the side-by-side nested read load and prints where the time went.")
  .option("--duration <seconds>", "seconds of profiled load", "10")
  .option("--connections <n>", "concurrent HTTP connections", "10")
  .option("--out <file>", "where to write the .cpuprofile", "reads.cpuprofile")
  .parse();
const options = parseOptions(
  z.object({ duration: positiveWhole("--duration"), connections: positiveWhole("--connections"), out: z.string().min(1) }),
  program.opts(),
  (message) => program.error(message),
);

// The build's source maps, by chunk URL (read before the top-level run below uses them).
const sourceMaps = new Map<string, SourceMap | undefined>();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await startTempServer("newsgraph-profile-");
try {
  const temp = await createTempDb(server.url, { prefix: "newsgraph_profile" });
  try {
    await fillReadSet(temp.url, { people: 1_000, statementsEach: 20 });
    const newsgraph = contenders.find(({ name }) => name === "Newsgraph")!;
    const served = await newsgraph.serve(temp.url);
    try {
      const body = readRequest({ people: 20, statements: 5 });
      const expected = await post(served.url, body);
      const load = { duration: options.duration, connections: options.connections };
      await loadChecked("warm-up", served.url, body, expected, { ...load, duration: 2 });
      const session = new Session();
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
      const result = await loadChecked("profiled", served.url, body, expected, load);
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      writeFileSync(options.out, JSON.stringify(profile));
      console.log(`${Math.round(result.perSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; profile in ${options.out}`);
      console.log(summarize(profile as Profile, result.requests));
    } finally {
      await served.close();
    }
  } finally {
    await temp.dispose();
  }
} finally {
  await server.stop();
}

/**
 * The profile's time by where it was spent: a package, a file of src/, a built-in, or V8's own entries
 * ("(garbage collector)", "(idle)", system calls such as "writev"); per request and as a share.
 */
function summarize(profile: Profile, requests: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const spent = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    total += micros;
    const where = placeOf(byId.get(id)!);
    spent.set(where, (spent.get(where) ?? 0) + micros);
  });
  const rows = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const lines = rows.map(([where, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000 / requests).toFixed(3).padStart(7)} ms/req  ${where}`);
  return ["share   per request  where (the main thread's time, idle included)", ...lines].join("\n");
}

function placeOf({ callFrame }: ProfileNode): string {
  const url = callFrame.url.startsWith("file://") ? originalSource(callFrame) : callFrame.url;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  if (url.includes("/src/")) return `src/${url.split("/src/")[1]}`;
  if (url.startsWith("node:")) return url;
  return url || callFrame.functionName || "(native)";
}

/** The file a position of the build's bundle came from, through the bundle's source map (scripts/build.mjs writes them). */
function originalSource({ url, lineNumber, columnNumber }: ProfileNode["callFrame"]): string {
  if (!sourceMaps.has(url)) {
    const map = `${fileURLToPath(url)}.map`;
    sourceMaps.set(url, existsSync(map) ? new SourceMap(JSON.parse(readFileSync(map, "utf8"))) : undefined);
  }
  const entry = sourceMaps.get(url)?.findEntry(lineNumber, columnNumber);
  return entry && "originalSource" in entry ? entry.originalSource : url;
}
