import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase } from "../db/database.ts";
import { loadEnv } from "../env.ts";
import { createLogger } from "../observability/logger.ts";
import { serverLimits } from "../server/limits.ts";
import { createNewsgraphYoga } from "../server/yoga.ts";
import { CliError } from "./cli-error.ts";

/**
 * `newsgraph serve`: opens the configured database (migrated), seeds it when it holds no article
 * yet, and serves GraphQL until SIGINT or SIGTERM, then shuts down gracefully.
 */
export async function serveCommand({ port }: { port?: number }): Promise<void> {
  const env = loadEnv();
  const logger = createLogger();
  const database = await openDatabase(env);
  let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>> | undefined;
  let server: Server;
  try {
    // Imported only then: the extractor is not part of serving.
    if ((await database.primary.article.count()) === 0) await (await import("./seed-command.ts")).seedAndReport(database.primary);
    yoga = await createNewsgraphYoga({ database, logging: logger, responseCache: true, writeToken: env.NEWSGRAPH_WRITE_TOKEN, limits: serverLimits(env) });
    server = createServer(yoga);
    await listen(server, port ?? env.PORT, env.HOST);
  } catch (error) {
    await yoga?.dispose();
    await database.close();
    throw error;
  }
  const url = `http://localhost:${(server.address() as AddressInfo).port}/graphql`;
  logger.info({ url, readOnly: env.NEWSGRAPH_WRITE_TOKEN === undefined }, `Newsgraph is serving ${url}`);

  // Stops taking connections, ends the subscriptions, lets requests under way finish for up to
  // NEWSGRAPH_SHUTDOWN_GRACE_MS (then cuts them), and closes the database last, so that an
  // embedded server stops cleanly once no process uses it.
  const shutDown = async () => {
    process.off("SIGINT", shutDown).off("SIGTERM", shutDown);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await yoga.dispose();
    const cut = setTimeout(() => server.closeAllConnections(), env.NEWSGRAPH_SHUTDOWN_GRACE_MS);
    await closed;
    clearTimeout(cut);
    await database.close();
    logger.info("Newsgraph stopped");
  };
  process.on("SIGINT", shutDown).on("SIGTERM", shutDown);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new CliError(`Port ${port} is already in use: choose another with --port N or PORT`) : error);
    });
    server.listen(port, host, resolve);
  });
}
