import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountedPool, countedPool } from "../../bench/side-by-side/counted-pool.ts";
import { fillReadSet } from "../../bench/side-by-side/data.ts";
import { floorAnswer } from "../../bench/side-by-side/floor-server.ts";
import { naiveAnswer } from "../../bench/side-by-side/naive-server.ts";
import { type ReadPage, readRequest } from "../../bench/side-by-side/read-query.ts";
import { singleDatabase } from "../../src/db/database.ts";
import { createNewsgraphYoga } from "../../src/server/yoga.ts";
import { createTestDb, type TestDb } from "../helpers/db.ts";

// 3 people × 4 statements in 2 articles (bench/side-by-side/data.ts): each person's statements tie on date within
// an article (ordered by position there), one text holds a backslash and straight quotes for JSON to escape.
describe("the side-by-side read benchmark's floor and naive servers", () => {
  let testDb: TestDb;
  let pool: CountedPool;
  let yoga: Awaited<ReturnType<typeof createNewsgraphYoga>>;
  const newsgraph = async (body: string) =>
    (await yoga.fetch("http://yoga/graphql", { method: "POST", headers: { "content-type": "application/json" }, body })).text();

  beforeAll(async () => {
    testDb = await createTestDb();
    await fillReadSet(testDb.url, { people: 3, statementsEach: 4 });
    pool = countedPool(testDb.url);
    yoga = await createNewsgraphYoga({ database: singleDatabase(testDb.db, testDb.url), logging: false });
  });
  afterAll(async () => {
    await yoga?.dispose();
    await pool?.end();
    await testDb?.dispose();
  });

  it.each<[ReadPage]>([
    [{ people: 2, statements: 3 }], // both pages cut short
    [{ people: 5, statements: 10 }], // pages longer than the data: every statement, the one with \ and " too
  ])("answer %o byte for byte as Newsgraph does", async (page) => {
    const expected = await newsgraph(readRequest(page));
    expect(JSON.parse(expected).errors).toBeUndefined();
    expect((await floorAnswer(pool)(readRequest(page))).body).toBe(expected);
    expect((await naiveAnswer(pool)(readRequest(page))).body).toBe(expected);
  });

  it("are compared on a text with a backslash and straight quotes, which JSON escapes", async () => {
    expect(await newsgraph(readRequest({ people: 5, statements: 10 }))).toContain(String.raw`under C:\\Reports\\2024, called it a \"reset\"`);
  });

  it("are compared on an order that is neither by id nor by date alone", async () => {
    // Tobias's statements: 4 and 10 on their article's day, 3 and 9 the day before; each pair in reading order,
    // which in this data runs against id order.
    const { data } = JSON.parse(await newsgraph(readRequest({ people: 3, statements: 4 })));
    const tobias = data.people.edges.find(({ node }: { node: { name: string } }) => node.name.startsWith("Tobias")).node;
    const texts = await testDb.db.statement.findMany({ where: { id: { in: [3, 4, 9, 10] } }, orderBy: { id: "asc" } });
    const byId = (id: number) => texts.find((statement) => statement.id === id)!.text;
    expect(tobias.statements.edges.map(({ node }: { node: { text: string } }) => node.text)).toEqual([10, 4, 9, 3].map(byId));
  });

  it("counts one SQL statement for the floor and one per parent for the naive server", async () => {
    const before = { ...pool.count };
    await floorAnswer(pool)(readRequest({ people: 2, statements: 3 }));
    expect({ statements: pool.count.statements - before.statements, rows: pool.count.rows - before.rows }).toEqual({ statements: 1, rows: 1 });
    const middle = { ...pool.count };
    await naiveAnswer(pool)(readRequest({ people: 2, statements: 3 }));
    // people; each person's statements; each statement's article.
    expect({ statements: pool.count.statements - middle.statements, rows: pool.count.rows - middle.rows }).toEqual({ statements: 1 + 2 + 6, rows: 2 + 6 + 6 });
  });

  it.each([
    ["another query", JSON.stringify({ query: "{ people { edges { node { name } } } }" })],
    ["a page larger than Newsgraph allows", readRequest({ people: 101, statements: 5 })],
    ["a body that is not JSON", "{"],
  ])("has the floor refuse %s with BAD_USER_INPUT", async (_case, body) => {
    const answer = await floorAnswer(pool)(body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
