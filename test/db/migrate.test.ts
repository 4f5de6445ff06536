import { describe, expect, it } from "vitest";
import { migrate, migrations } from "../../src/db/migrate.ts";
import { withClient } from "../../src/db/pg-client.ts";
import { useTestDbs } from "../helpers/db.ts";

// Databases made empty (not copied from the migrated template), as a new install finds them.
const freshDb = useTestDbs();
const emptyDatabase = async () => (await freshDb({ template: null })).url;

const applied = (url: string) =>
  withClient(url, async (client) => {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows;
  });

describe("migrate", () => {
  it("applies every migration once, recorded as prisma migrate deploy records them, and a rerun applies nothing", async () => {
    const url = await emptyDatabase();

    expect(await migrate(url)).toEqual(migrations().map(({ name }) => name));
    expect(await migrate(url)).toEqual([]);

    expect(await applied(url)).toEqual(
      migrations().map(({ name, checksum }) => ({ migration_name: name, checksum, finished: true, applied_steps_count: 1 })),
    );
  });

  it("is safe when processes start together: one applies, the others wait and find it done", async () => {
    const url = await emptyDatabase();

    const runs = await Promise.all([migrate(url), migrate(url), migrate(url), migrate(url)]);

    expect(runs.flat().sort()).toEqual(migrations().map(({ name }) => name).sort());
    expect(await applied(url)).toHaveLength(migrations().length);
  });

  it.each([
    ["a migration edited after it was applied", `UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = '${migrations()[0]!.name}'`, /was edited after it was applied/],
    ["a migration of a newer version", `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at) VALUES ('x', 'x', '29991231000000_future', now())`, /migrated by a newer Newsgraph/],
    ["a migration that failed halfway", `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '${migrations()[0]!.name}'`, /failed on this database earlier/],
  ])("refuses a database with %s", async (_case, tamper, message) => {
    const url = await emptyDatabase();
    await migrate(url);
    await withClient(url, (client) => client.query(tamper));

    await expect(migrate(url)).rejects.toThrow(message);
  });
});
