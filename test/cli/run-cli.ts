import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export const repo = join(import.meta.dirname, "..", "..");
const bin = join(repo, "bin", "newsgraph.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a CLI child: this one without the variables tests must set themselves. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, PORT: _port, ...rest } = process.env;
  return { ...rest, CHECKPOINT_DISABLE: "1", ...env };
}

/** Starts `node bin/newsgraph.js ARGS` from the repository root. */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: repo, env: childEnv(env), stdio: ["pipe", "pipe", "pipe"] });
}

/** Runs the CLI to its end, with `stdin` as its standard input. */
export function runCli(args: string[], { env = {}, stdin = "" }: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  const child = startCli(args, env);
  child.stdin!.end(stdin);
  return collect(child);
}

/** Resolves once `child` exits, with everything it printed. */
export function collect(child: ChildProcess): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServingCli {
  /** The GraphQL endpoint it printed. */
  endpoint: string;
  /** Everything it printed before serving. */
  printed: string;
  child: ChildProcess;
  /** Resolves once it exits. */
  exited: Promise<CliRun>;
}

/** Starts `newsgraph serve --port 0` and resolves once it says where it serves. */
export function startServing(env: Record<string, string>): Promise<ServingCli> {
  const child = startCli(["serve", "--port", "0"], env);
  const exited = collect(child);
  let printed = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      const serving = /Newsgraph is serving (http:\/\/localhost:\d+\/graphql)/.exec(printed);
      if (serving) resolve({ endpoint: serving[1]!, printed, child, exited });
    });
    void exited.then(({ stderr }) => reject(new Error(`serve exited before serving: ${stderr}`)));
  });
}

/** POSTs one GraphQL operation to `endpoint` and returns the parsed body. */
export async function postGraphql(endpoint: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}
