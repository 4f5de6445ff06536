import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDb } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { databaseUrl, loadEnv } from "../env.ts";
import { createNewsgraphYoga } from "../server/yoga.ts";
import { CliError } from "./cli-error.ts";
import { seedAndReport } from "./seed-command.ts";

/**
 * `newsgraph serve`: migrates the configured database, seeds it when it holds
 * no article yet, and serves GraphQL until SIGINT or SIGTERM, then closes the
 * server and the database.
 */
export async function serveCommand({ port }: { port?: number }): Promise<void> {
  const env = loadEnv();
  const url = databaseUrl(env);
  await migrate(url);
  const db = createDb(url);
  const server = createServer(createNewsgraphYoga({ db, writeToken: env.NEWSGRAPH_WRITE_TOKEN }));
  try {
    if ((await db.article.count()) === 0) await seedAndReport(db);
    await listen(server, port ?? env.PORT, env.HOST);
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
  console.log(`Newsgraph is serving http://localhost:${(server.address() as AddressInfo).port}/graphql`);

  const shutDown = async () => {
    process.off("SIGINT", shutDown).off("SIGTERM", shutDown);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    await db.$disconnect();
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
