import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../src/ingest/seed.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";
import { singleDatabase } from "../helpers/graphql.ts";

// Debian's chromium package; playwright downloads no browser of its own here.
const chromiumPath = "/usr/bin/chromium";

let testDb: TestDb;
let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No browser at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  testDb = await createTestDb();
  await seed(testDb.db);
  yoga = await createNewsgraphYoga({ database: singleDatabase(testDb.db, testDb.url), logging: false, responseCache: true });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  await yoga?.dispose();
  await testDb?.dispose();
});

describe("GraphiQL in Chromium", () => {
  // Chromium takes seconds to open the page's megabytes of inlined GraphiQL on a busy machine.
  it("runs the default query offline and shows Xi Jinping's statements", { timeout: 180_000 }, async () => {
    // Tall enough that the result pane renders every line of the answer, not only those in view.
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    // The network is cut off: only the server's own origin answers; any other request is refused and recorded.
    const outside: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      outside.push(url);
      return route.abort("internetdisconnected");
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`${origin}/graphql`);
    await page.locator(".graphiql-execute-button").click();

    // The pane wraps long strings: compare with whitespace runs made single spaces.
    const shown = async () => (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " ");
    await expect.poll(shown, { timeout: 60_000 }).toContain('"name": "Xi Jinping"');
    const answer = await shown();
    const statements = await testDb.db.statement.findMany({ where: { speaker: { name: "Xi Jinping" } }, select: { text: true } });
    expect(statements.length).toBeGreaterThan(2);
    for (const { text } of statements) expect(answer).toContain(`"text": "${text.replace(/\s+/g, " ")}"`);
    expect(answer).toContain('"title": "Xi, Putin begin talks at Kremlin with Ukraine on agenda"');
    expect(answer).not.toContain('"errors"');
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
